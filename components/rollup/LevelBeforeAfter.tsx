import { formatDate } from '@/lib/domain/dates';
import { formatCount, plural } from '@/lib/domain/format/french';
import type { DatedLevel, LevelRow } from '@/lib/domain/networks/level-before-after';
import { LevelChart } from './LevelChart';

const th = 'py-2 pr-3 align-bottom';

function levelText(level: DatedLevel | null): string {
  return level ? `Niveau ${level.level} (${formatDate(new Date(level.at))})` : 'Pas de diagnostic';
}

function changeText(change: number | null): string {
  if (change === null) return '—';
  if (change === 0) return 'Stable';
  return change > 0 ? `+${plural(change, { one: 'niveau', other: 'niveaux' })}` : `−${plural(-change, { one: 'niveau', other: 'niveaux' })}`;
}

/**
 * Issue 19.4: the « re-diagnose after the event » loop, per territory and organisation, as a chart
 * and its table. `scope` names the events (« financés », « du cycle »).
 */
export function LevelBeforeAfter({ rows, scope }: { rows: LevelRow[]; scope: string }) {
  const paired = rows.filter((row) => row.change !== null).length;
  return (
    <section aria-labelledby="levels-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="levels-title" className="mb-1 text-2xl font-semibold">
        Niveau des territoires avant et après
      </h2>
      <p className="mb-3 text-slate-700">
        {`Pour chaque territoire, le niveau retenu au dernier diagnostic de la structure avant le premier événement ${scope}, et à son dernier diagnostic après le dernier. Re-diagnostiquez un territoire après l’événement pour mesurer le chemin parcouru.`}
      </p>
      {rows.length === 0 ? (
        <p>Aucun événement rattaché à un territoire.</p>
      ) : (
        <>
          <p className="mb-2 font-medium">{`${plural(paired, { one: 'territoire', other: 'territoires' })} avec un niveau avant et après, sur ${formatCount(rows.length)}.`}</p>
          <LevelChart points={rows.map((row) => ({ label: row.territoryName, before: row.before?.level ?? null, after: row.after?.level ?? null }))} />
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Niveau de chaque territoire avant et après les événements</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>Territoire</th>
                  <th scope="col" className={th}>Structure</th>
                  <th scope="col" className={`${th} text-right`}>Événements</th>
                  <th scope="col" className={th}>Avant</th>
                  <th scope="col" className={th}>Après</th>
                  <th scope="col" className={th}>Évolution</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.organisationId}|${row.territoryId}`} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-3 font-semibold">{row.territoryName}</th>
                    <td className="py-2 pr-3">{row.organisationName}</td>
                    <td className="py-2 pr-3 text-right">{formatCount(row.events)}</td>
                    <td className="py-2 pr-3">{levelText(row.before)}</td>
                    <td className="py-2 pr-3">{levelText(row.after)}</td>
                    <td className="py-2 pr-3">{changeText(row.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
