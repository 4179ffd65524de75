import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime, formatShortDate, formatTime } from '@/lib/domain/dates';
import { listCriteria } from '@/lib/domain/diagnostic';
import { getTerritoryHistory, type DiagnosticHistoryEntry } from '@/lib/server/queries/diagnostics';
import { HistoryChart, type HistoryPoint } from './_components/HistoryChart';
import { de, plural } from '@/lib/domain/format/french';
import { pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Historique du territoire' };

/**
 * The chart reads left to right in time (the table lists the newest first). Diagnostics of the same
 * day also show their time, or their ticks would read the same.
 */
function chartPoints(entries: DiagnosticHistoryEntry[]): HistoryPoint[] {
  const days = entries.map((entry) => formatShortDate(entry.createdAt));
  const sameDay = (day: string) => days.filter((d) => d === day).length > 1;
  return entries
    .map((entry, index) => {
      const day = days[index] ?? '';
      return { label: sameDay(day) ? `${day} ${formatTime(entry.createdAt)}` : day, level: entry.level, ...entry.values };
    })
    .reverse();
}

export default async function TerritoryHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const history = await getTerritoryHistory(id);
  if (!history) notFound();
  const { territory, entries } = history;
  const points = chartPoints(entries);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">Historique du territoire</p>
        <h1 className="text-3xl font-bold">{territory.label}</h1>
        <p className="text-slate-700">
          {plural(entries.length, { one: 'diagnostic réalisé', other: 'diagnostics réalisés' })} par votre structure.
        </p>
      </header>
      <figure className="rounded-lg bg-white p-6 shadow">
        <figcaption className="mb-3">
          <span className="block text-xl font-semibold">Évolution de la maturité</span>
          <span className="text-sm text-slate-700">
            Niveau retenu et réponses aux trois critères, de 1 à 3. Les mêmes valeurs figurent dans le tableau ci-dessous.
          </span>
        </figcaption>
        <HistoryChart points={points} />
      </figure>
      <section aria-labelledby="history-title" className="overflow-x-auto rounded-lg bg-white p-6 shadow">
        <h2 id="history-title" className="mb-3 text-2xl font-semibold">
          Diagnostics, du plus récent au plus ancien
        </h2>
        <table className="w-full text-left">
          <caption className="sr-only">Diagnostics {de(territory.label)}, du plus récent au plus ancien</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">Date</th>
              <th scope="col" className="py-2 pr-4">Niveau retenu</th>
              {listCriteria().map((criterion) => (
                <th key={criterion.id} scope="col" className="py-2 pr-4">
                  {criterion.label}
                </th>
              ))}
              <th scope="col" className="py-2">Détail</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-slate-100">
                <td className="py-2 pr-4">{formatDateTime(entry.createdAt)}</td>
                <td className="py-2 pr-4 font-semibold">
                  {entry.level}
                  {entry.overridden ? <span className="font-normal"> (calculé : {entry.computedLevel})</span> : null}
                </td>
                {entry.answers.map((a) => (
                  <td key={a.criterionId} className="py-2 pr-4">
                    {a.value} — {a.answerLabel}
                  </td>
                ))}
                <td className="py-2">
                  <Link href={`/diagnostic/${entry.id}`} className="text-brand-700 underline underline-offset-4">
                    Voir<span className="sr-only"> le diagnostic du {formatDateTime(entry.createdAt)}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>
        <Link href="/diagnostic" className="font-medium text-brand-700 underline underline-offset-4">
          Faire un nouveau diagnostic
        </Link>
      </p>
    </div>
  );
}
