import { formatDateTime } from '@/lib/domain/dates';
import { isPublicStatus } from '@/lib/domain/public/types';
import { pushToOpenAgendaAction } from '@/lib/server/actions/openagenda';
import type { OpenAgendaView } from '@/lib/server/queries/openagenda';
import type { ProgrammeView } from '@/lib/server/queries/programme';
import { ActionButton } from './ActionButton';

const link = 'font-medium text-brand-700 underline underline-offset-4';

/**
 * OpenAgenda, the agenda most French territories publish: push the published event there (the
 * instance is configured with an agenda), or download the file to import it by hand.
 */
export function OpenAgendaSection({ programme, openAgenda }: { programme: ProgrammeView; openAgenda: OpenAgendaView }) {
  const { event } = programme;
  const jsonHref = `/evenements/${event.id}/openagenda.json`;
  const published = isPublicStatus(event.status);
  const { push } = openAgenda;
  const canPush = openAgenda.configured && published && programme.permissions.edit && (push?.status !== 'PENDING' || push.stale);
  return (
    <section aria-labelledby="openagenda-titre" className="rounded-lg bg-white p-6 shadow">
      <h2 id="openagenda-titre" className="text-2xl font-semibold">
        OpenAgenda
      </h2>
      {!published ? (
        <p className="mt-1 text-slate-800">Publiez d’abord l’événement : OpenAgenda n’annonce que des événements publics.</p>
      ) : !openAgenda.configured ? (
        <>
          <p className="mt-1 text-slate-800">
            Cette instance de Trame n’est pas reliée à un agenda OpenAgenda. Téléchargez le fichier de l’événement au format
            OpenAgenda, puis importez-le dans l’agenda de votre territoire ou envoyez-le à la personne qui l’administre.
          </p>
          <p className="mt-3">
            <a href={jsonHref} className={link}>
              Télécharger le fichier OpenAgenda (JSON)
            </a>
          </p>
        </>
      ) : (
        <>
          <PushState push={push} />
          {canPush ? (
            <div className="mt-3">
              <ActionButton
                action={pushToOpenAgendaAction.bind(null, { eventId: event.id })}
                label={push === null ? 'Publier sur OpenAgenda' : push.status === 'FAILED' ? 'Réessayer' : 'Mettre à jour sur OpenAgenda'}
                accessibleLabel={push?.status === 'FAILED' ? 'Réessayer la publication sur OpenAgenda' : undefined}
                done="Envoi demandé : l’état s’affiche ci-dessus."
              />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function PushState({ push }: { push: OpenAgendaView['push'] }) {
  if (!push) {
    return (
      <p className="mt-1 text-slate-800">
        Publier l’annonce sur l’agenda OpenAgenda de l’instance : le titre, les dates, le lieu et le programme de la page publique.
        Une nouvelle publication met à jour la même annonce.
      </p>
    );
  }
  if (push.status === 'PENDING') {
    return (
      <div className="mt-1 text-slate-800" role="status">
        <p>
          <strong>Envoi en cours</strong> vers OpenAgenda : actualisez la page dans quelques instants pour voir le résultat.
        </p>
        {push.error ? <p className="mt-1">Dernier essai : {push.error} Un nouvel essai est prévu automatiquement.</p> : null}
      </div>
    );
  }
  if (push.status === 'FAILED') {
    return (
      <p className="mt-1 text-red-900">
        <strong>Échec :</strong> {push.error ?? 'OpenAgenda n’a pas accepté l’envoi.'}
      </p>
    );
  }
  return (
    <p className="mt-1 text-slate-800">
      <strong>Publié sur OpenAgenda</strong>
      {push.pushedAt ? ` le ${formatDateTime(push.pushedAt)}` : null}
      {push.url ? (
        <>
          {' — '}
          <a href={push.url} className={link}>
            voir l’annonce sur OpenAgenda
          </a>
        </>
      ) : null}
      .
    </p>
  );
}
