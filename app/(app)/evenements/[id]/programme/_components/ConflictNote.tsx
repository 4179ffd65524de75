import { CONFLICT_RULES, type ProgrammeConflict } from '@/lib/domain/programme/conflict-rules';

export const SEVERITY_LABELS = { block: 'Bloquant', warn: 'Avertissement' } as const;

/** An icon and a word for the severity: the colour is never the only signal. */
export function SeverityTag({ severity }: { severity: ProgrammeConflict['severity'] }) {
  const block = severity === 'block';
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-sm font-semibold ${block ? 'bg-red-50 text-red-800' : 'bg-amber-50 text-amber-900'}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        {block ? (
          <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-4.5 7.5h9v2h-9v-2Z" />
        ) : (
          <path d="M10 1.8 19 18H1L10 1.8Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
        )}
      </svg>
      {SEVERITY_LABELS[severity]}
    </span>
  );
}

/** A session's conflicts, shown beside it: severity and the rule's short label. */
export function SessionConflicts({ conflicts }: { conflicts: readonly ProgrammeConflict[] }) {
  if (conflicts.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-col gap-1" aria-label="Conflits de cette séance">
      {conflicts.map((conflict, index) => (
        <li key={`${conflict.rule}-${index}`} className="flex flex-wrap items-center gap-1 text-sm text-slate-900">
          <SeverityTag severity={conflict.severity} />
          <span>{CONFLICT_RULES[conflict.rule].label}</span>
        </li>
      ))}
    </ul>
  );
}
