import type { TerritoryDiagnostics } from '@/lib/domain/comparison/diagnostics';
import { formatDate } from '@/lib/domain/dates';
import { de } from '@/lib/domain/format/french';

const level = (point: { level: number; createdAt: Date } | null) =>
  point === null ? 'pas de diagnostic' : `niveau ${point.level} (${formatDate(point.createdAt)})`;

/** Each territory's maturity diagnostics by date, and where each event falls between them. */
export function TerritoryMaturity({ territories }: { territories: TerritoryDiagnostics[] }) {
  return (
    <section aria-labelledby="territory-maturity-title" className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
      <div>
        <h2 id="territory-maturity-title" className="mb-1 text-2xl font-semibold">
          La maturité des territoires, avant et après
        </h2>
        <p className="text-slate-700">Les diagnostics faits par la structure sur le territoire de chaque événement, avec le niveau retenu.</p>
      </div>
      {territories.length === 0 ? <p>Aucun événement n’est rattaché à un territoire.</p> : null}
      {territories.map((territory) => (
        <article key={territory.territoryId} aria-labelledby={`territory-${territory.territoryId}`} className="flex flex-col gap-3 border-t border-slate-200 pt-4">
          <h3 id={`territory-${territory.territoryId}`} className="text-xl font-semibold">
            {territory.territoryName}
          </h3>
          {territory.diagnostics.length === 0 ? (
            <p>Aucun diagnostic de ce territoire pour le moment.</p>
          ) : (
            <p>
              Diagnostics :{' '}
              {territory.diagnostics.map((point) => `${formatDate(point.createdAt)} — niveau ${point.level}`).join(' ; ')}.
            </p>
          )}
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Niveau de maturité {de(territory.territoryName)} avant et après chaque événement</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">Événement</th>
                  <th scope="col" className="py-2 pr-3">Date</th>
                  <th scope="col" className="py-2 pr-3">Avant</th>
                  <th scope="col" className="py-2">Après</th>
                </tr>
              </thead>
              <tbody>
                {territory.events.map((event) => (
                  <tr key={event.eventId} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-3 font-medium">{event.title}</th>
                    <td className="py-2 pr-3 whitespace-nowrap">{formatDate(event.startsAt)}</td>
                    <td className="py-2 pr-3">{level(event.before)}</td>
                    <td className="py-2">{level(event.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </article>
      ))}
    </section>
  );
}
