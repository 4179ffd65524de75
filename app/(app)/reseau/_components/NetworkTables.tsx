import { formatMoney, formatRate, formatRating } from '@/lib/domain/bilan/display';
import { formatDate } from '@/lib/domain/dates';
import { formatCount, plural } from '@/lib/domain/format/french';
import type { CoreResult } from '@/lib/domain/networks/rollup';
import type { NetworkCycleRow } from '@/lib/server/queries/network';

const th = 'py-2 pr-3 align-bottom';
const num = 'py-2 pr-3 text-right';

/** The core questions' results, all cycle events together (sums only). */
export function CoreResultsList({ results }: { results: CoreResult[] }) {
  return (
    <section aria-labelledby="core-results-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="core-results-title" className="mb-1 text-2xl font-semibold">
        Résultats du socle commun
      </h2>
      <p className="mb-3 text-slate-700">
        Les réponses anonymes aux questions communes, tous événements du cycle réunis : la moyenne est pondérée par le nombre de réponses de
        chaque événement ; aucune réponse individuelle ni aucun résultat d’un seul événement ne s’affiche ici.
      </p>
      {results.length === 0 ? (
        <p>Aucune question commune pour le moment.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {results.map((result) => (
            <li key={result.id} className="rounded-md border border-slate-200 p-3">
              <h3 className="font-semibold">{result.label}</h3>
              <p className="text-slate-700">
                {`${plural(result.answers, { one: 'réponse', other: 'réponses' })}, ${plural(result.events, { one: 'événement', other: 'événements' })}`}
                {result.kind === 'scale' ? ` · moyenne ${formatRating(result.average)}` : ''}
              </p>
              <table className="mt-2 w-full max-w-md text-left text-sm">
                <caption className="sr-only">{`Répartition des réponses : ${result.label}`}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className={th}>{result.kind === 'scale' ? 'Note' : 'Réponse'}</th>
                    <th scope="col" className={`${th} text-right`}>Réponses</th>
                    {result.kind === 'choice' ? <th scope="col" className={`${th} text-right`}>Part</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {result.kind === 'scale'
                    ? result.distribution.map((count, index) => (
                        <tr key={index} className="border-b border-slate-200">
                          <th scope="row" className="py-1 pr-3 font-normal">{`${index + 1} sur 5`}</th>
                          <td className={num}>{formatCount(count)}</td>
                        </tr>
                      ))
                    : result.options.map((option) => (
                        <tr key={option.label} className="border-b border-slate-200">
                          <th scope="row" className="py-1 pr-3 font-normal">{option.label}</th>
                          <td className={num}>{formatCount(option.count)}</td>
                          <td className={num}>{formatRate(option.percent)}</td>
                        </tr>
                      ))}
                </tbody>
              </table>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One row per cycle event of a member; figures once its bilan is validated. */
export function CycleEventsTable({ rows }: { rows: NetworkCycleRow[] }) {
  return (
    <section aria-labelledby="cycle-events-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="cycle-events-title" className="mb-3 text-2xl font-semibold">
        Événement par événement
      </h2>
      {rows.length === 0 ? (
        <p>Aucun événement dans le cycle : les structures membres choisissent leurs événements depuis « Ma structure ».</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Les événements du cycle, avec les chiffres de leur dernier bilan validé</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={th}>Événement</th>
                <th scope="col" className={th}>Structure</th>
                <th scope="col" className={th}>Début</th>
                <th scope="col" className={`${th} text-right`}>Réponses au questionnaire</th>
                <th scope="col" className={`${th} text-right`}>Présent·es</th>
                <th scope="col" className={`${th} text-right`}>No-show</th>
                <th scope="col" className={`${th} text-right`}>Satisfaction</th>
                <th scope="col" className={`${th} text-right`}>Coût par participant·e</th>
                <th scope="col" className={`${th} text-right`}>Femmes parmi les intervenant·es</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.eventId} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-3 font-semibold">
                    {row.title}
                    <span className="block font-normal text-slate-600">
                      {[row.territoryName, row.figures ? `Bilan validé, version ${row.figures.versionNumber}` : 'Bilan pas encore validé'].filter(Boolean).join(' · ')}
                    </span>
                  </th>
                  <td className="py-2 pr-3">{row.hubName}</td>
                  <td className="py-2 pr-3">{formatDate(row.startsAt)}</td>
                  <td className={num}>{row.responses === null ? '—' : formatCount(row.responses)}</td>
                  <td className={num}>{row.figures ? formatCount(row.figures.participants) : '—'}</td>
                  <td className={num}>{formatRate(row.figures?.noShowRate ?? null)}</td>
                  <td className={num}>{formatRating(row.figures?.satisfaction.average ?? null)}</td>
                  <td className={num}>{formatMoney(row.figures?.costPerParticipantCents ?? null)}</td>
                  <td className={num}>{formatRate(row.figures?.speakers.womenShare ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
