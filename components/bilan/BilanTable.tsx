import type { ReactNode } from 'react';

export type BilanTableRow = {
  readonly key: string;
  /** The first cell names the row (a row header). */
  readonly cells: readonly ReactNode[];
  readonly emphasis?: boolean;
};

const cellClass = 'border-b border-slate-200 px-3 py-2 align-top';

/**
 * A read-only table of the bilan: caption, column headers, row headers, numbers right-aligned.
 * `numeric[i]` aligns column i to the right.
 */
export function BilanTable({
  caption,
  columns,
  rows,
  numeric = [],
  empty = 'Rien à montrer.',
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly BilanTableRow[];
  numeric?: readonly number[];
  empty?: string;
}) {
  if (rows.length === 0) {
    return (
      <p className="text-slate-700">
        <span className="font-semibold">{caption} :</span> {empty}
      </p>
    );
  }
  const align = (index: number) => (numeric.includes(index) ? 'text-right tabular-nums whitespace-nowrap' : 'text-left');
  return (
    // Wide tables scroll on a phone: the scrolling box is focusable so the keyboard can scroll it too.
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-700">
      <table className="w-full border-collapse text-sm text-slate-900">
        <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" className={`${cellClass} bg-slate-100 font-semibold ${align(index)}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.emphasis ? 'bg-slate-50 font-semibold' : undefined}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={`${cellClass} text-left font-medium`}>
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={`${cellClass} ${align(index)}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A section of the bilan with its heading (h2: the page's h1 is the event's or the version's title). */
export function BilanSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-5 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id={id} className="text-2xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="text-lg font-semibold text-slate-900">{children}</h3>;
}

/** A written text kept with its paragraphs; a discreet note when it is still empty. */
export function WrittenText({ text, empty }: { text: string | null; empty: string }) {
  if (!text?.trim()) return <p className="italic text-slate-700">{empty}</p>;
  return (
    <div className="flex max-w-3xl flex-col gap-2 text-slate-900">
      {text
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
    </div>
  );
}
