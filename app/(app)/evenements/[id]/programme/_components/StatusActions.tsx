import { formatDateTime } from '@/lib/domain/dates';
import { isEventOver } from '@/lib/domain/events/past';
import { EVENT_STATUS_LABELS } from '@/lib/domain/events/status';
import { countBySeverity } from '@/lib/domain/programme/conflicts';
import { markEventDoneAction, publishEventAction } from '@/lib/server/actions/programme-status';
import type { ProgrammeView } from '@/lib/server/queries/programme';
import { ActionButton } from './ActionButton';
import { plural, pluralForm } from '@/lib/domain/format/french';

/** Publication: draft → published (refused while a blocking conflict remains) → done. */
export function StatusActions({ programme }: { programme: ProgrammeView }) {
  const { event } = programme;
  const blocking = countBySeverity(programme.conflicts).block;
  const input = { eventId: event.id };
  const over = isEventOver(event, new Date());
  return (
    <section aria-labelledby="publication-titre" className="rounded-lg bg-white p-6 shadow">
      <h2 id="publication-titre" className="text-2xl font-semibold">
        Publication
      </h2>
      <p className="mt-1 text-slate-800">
        Statut : <strong>{EVENT_STATUS_LABELS[event.status]}</strong>
        {event.publishedAt ? ` — publié le ${formatDateTime(event.publishedAt)}` : null}
      </p>
      {event.status === 'DRAFT' ? (
        <p className="text-slate-700">
          {blocking > 0
            ? `Il reste ${plural(blocking, { one: 'conflit bloquant', other: 'conflits bloquants' })} : la publication sera refusée tant qu’${pluralForm(blocking, { one: 'il demeure', other: 'ils demeurent' })}.`
            : over
              ? 'Cet événement a déjà eu lieu : le publier rend son programme visible sur sa page publique, qui dit qu’il a eu lieu, sans ouvrir les inscriptions ni envoyer de courriel.'
              : 'Publier rend le programme visible sur la page publique de l’événement.'}
        </p>
      ) : null}
      {programme.permissions.publish && event.status === 'DRAFT' ? (
        <div className="mt-3">
          <ActionButton action={publishEventAction.bind(null, input)} label="Publier l’événement" done="Événement publié." />
        </div>
      ) : null}
      {programme.permissions.publish && event.status === 'PUBLISHED' ? (
        <div className="mt-3">
          <ActionButton
            action={markEventDoneAction.bind(null, input)}
            label="Marquer comme terminé"
            confirm="Confirmer : l’événement a eu lieu"
            variant="secondary"
            done="Événement marqué comme terminé."
          />
        </div>
      ) : null}
    </section>
  );
}
