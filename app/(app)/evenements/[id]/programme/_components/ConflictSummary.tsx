import Link from 'next/link';
import { countBySeverity } from '@/lib/domain/programme/conflicts';
import { CONFLICT_RULES } from '@/lib/domain/programme/conflict-rules';
import type { ProgrammeView } from '@/lib/server/queries/programme';
import { SeverityTag } from './ConflictNote';
import { plural } from '@/lib/domain/format/french';

/** All the programme's conflicts, the blocking ones first, each linking to the sessions involved. */
export function ConflictSummary({ programme }: { programme: ProgrammeView }) {
  const { conflicts } = programme;
  const counts = countBySeverity(conflicts);
  const titles = new Map(programme.sessions.map((session) => [session.id, session.title]));
  return (
    <section aria-labelledby="conflits-titre" className="rounded-lg bg-white p-6 shadow">
      <h2 id="conflits-titre" className="text-2xl font-semibold">
        Conflits du programme
      </h2>
      {conflicts.length === 0 ? (
        <p className="mt-2 text-slate-800">Aucun conflit : ni salle ni personne à deux endroits, les jauges tiennent.</p>
      ) : (
        <>
          <p className="mt-2 text-slate-800">
            {plural(counts.block, { one: 'conflit bloquant', other: 'conflits bloquants' })} (à résoudre avant de publier),{' '}
            {plural(counts.warn, { one: 'avertissement', other: 'avertissements' })}.
          </p>
          <ul className="mt-3 flex flex-col gap-3">
            {conflicts.map((conflict, index) => (
              <li key={`${conflict.rule}-${conflict.sessionIds.join('-')}-${index}`} className="border-l-4 border-slate-300 pl-3">
                <p className="flex flex-wrap items-center gap-2">
                  <SeverityTag severity={conflict.severity} />
                  <span className="font-semibold">{CONFLICT_RULES[conflict.rule].label}</span>
                </p>
                <p className="text-slate-900">{conflict.message}</p>
                {programme.permissions.edit ? (
                  <p className="flex flex-wrap gap-x-4 text-sm">
                    {conflict.sessionIds.map((sessionId) => (
                      <Link
                        key={sessionId}
                        href={`/evenements/${programme.event.id}/programme/seances/${sessionId}`}
                        className="font-medium text-brand-700 underline underline-offset-2"
                      >
                        Modifier « {titles.get(sessionId)} »
                      </Link>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
