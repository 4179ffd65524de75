import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { conflictsBySession } from '@/lib/domain/programme/conflicts';
import { deleteSessionAction, restoreSessionAction } from '@/lib/server/actions/programme-sessions';
import { ActionButton } from '../../_components/ActionButton';
import { SeverityTag } from '../../_components/ConflictNote';
import { CancelSessionForm } from '../../_components/CancelSessionForm';
import { SessionForm } from '../../_components/SessionForm';
import { sessionFormOptions, sessionValues } from '../../_components/session-options';
import { loadProgramme } from '../../load';
import { pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Modifier une séance' };

const card = 'rounded-lg bg-white p-6 shadow';

export default async function EditSessionPage(props: { params: Promise<{ id: string; sessionId: string }> }) {
  const { id, sessionId } = await props.params;
  pageId(id);
  pageId(sessionId);
  const programme = await loadProgramme(id);
  const session = programme.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) notFound();
  if (!programme.permissions.edit) forbidden();
  const conflicts = conflictsBySession(programme.conflicts)[session.id] ?? [];
  const ref = { eventId: id, sessionId };
  const back = `/evenements/${id}/programme`;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={back} className="font-medium text-brand-700 underline underline-offset-4">
          ← Retour au programme
        </Link>
      </p>
      <section aria-labelledby="seance-titre-page" className={card}>
        <h2 id="seance-titre-page" className="mb-1 text-2xl font-semibold">
          Modifier « {session.title} »
        </h2>
        {session.cancelled ? <p className="mb-2 font-semibold text-red-800">Annulé — {session.cancelReason}</p> : null}
        {conflicts.length > 0 ? (
          <ul aria-label="Conflits de cette séance" className="mb-4 flex flex-col gap-2">
            {conflicts.map((conflict, index) => (
              <li key={`${conflict.rule}-${index}`} className="flex flex-wrap items-start gap-2">
                <SeverityTag severity={conflict.severity} />
                <span>{conflict.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <SessionForm
          key={`${session.id}-${session.version}`}
          eventId={id}
          options={sessionFormOptions(programme)}
          values={sessionValues(programme, session)}
          session={{ id: session.id, version: session.version }}
        />
      </section>
      <section aria-labelledby="annulation" className={card}>
        <h2 id="annulation" className="mb-2 text-2xl font-semibold">
          Annulation
        </h2>
        {session.cancelled ? (
          <>
            <p className="mb-2">Cette séance est annulée ; elle reste visible dans le programme avec sa raison.</p>
            <ActionButton action={restoreSessionAction.bind(null, ref)} label="Rétablir la séance" variant="secondary" />
          </>
        ) : (
          <CancelSessionForm eventId={id} sessionId={sessionId} />
        )}
      </section>
      <section aria-labelledby="suppression" className={card}>
        <h2 id="suppression" className="mb-2 text-2xl font-semibold">
          Supprimer la séance
        </h2>
        <p className="mb-2 text-slate-700">Une séance supprimée disparaît du programme ; pour garder une trace, annulez-la plutôt.</p>
        <ActionButton
          action={deleteSessionAction.bind(null, ref)}
          label="Supprimer"
          accessibleLabel="Supprimer la séance"
          confirm="Confirmer la suppression"
          variant="secondary"
          then={back}
        />
      </section>
    </div>
  );
}
