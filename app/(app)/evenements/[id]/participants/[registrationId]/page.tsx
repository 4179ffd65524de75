import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { formatDateTime, formatDay } from '@/lib/domain/dates';
import { changeValueText } from '@/lib/domain/registrations/changes';
import { getParticipantRecord } from '@/lib/server/queries/participant-record';
import { getPersonAttestation } from '@/lib/server/queries/attestations';
import { SendAttestationsButton } from '../_components/AttestationsPanel';
import { pageError, pageId } from '@/lib/server/page-data';
import { CancelParticipant } from '../_components/CancelParticipant';
import { DayAttendance } from '../_components/DayAttendance';
import { EditParticipantForm } from '../_components/EditParticipantForm';

export const metadata: Metadata = { title: 'Participant·e' };

const box = 'flex flex-col gap-3 rounded-lg bg-white p-4 shadow sm:p-6';

const DELIVERY_LABELS = {
  queued: 'en attente d’envoi',
  sent: 'envoyée',
  stored: 'conservée dans la page « Courriels », non envoyée (aucun serveur d’envoi configuré)',
  bounced: 'adresse refusée par le serveur du destinataire, voir la page « Courriels »',
  failed: 'échec de l’envoi, voir la page « Courriels »',
} as const;

export default async function ParticipantPage(props: {
  params: Promise<{ id: string; registrationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id, registrationId }, searchParams] = await Promise.all([props.params, props.searchParams]);
  pageId(id);
  pageId(registrationId);
  const [record, attestation] = await Promise.all([getParticipantRecord(id, registrationId), getPersonAttestation(id, registrationId)]).catch(pageError);
  const { person, event } = record;
  const added = searchParams.ajout;
  const cancelled = person.status === 'CANCELLED';
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/evenements/${id}/participants`} className="font-medium text-brand-700 underline underline-offset-4">
          Retour à la liste des participant·es
        </Link>
      </p>
      {added === 'ok' || added === 'courriel' ? (
        <Alert tone="success">
          {person.name} est inscrit·e{added === 'courriel' ? ' ; un courriel de confirmation lui est envoyé.' : ', sans courriel.'}
        </Alert>
      ) : null}
      <section aria-labelledby="person-title" className={box}>
        <h2 id="person-title" className="text-2xl font-semibold">
          {person.name}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
          <dt className="font-semibold">Statut</dt>
          <dd>
            {person.statusLabel}
            {person.rank ? ` (rang ${person.rank})` : ''}
          </dd>
          <dt className="font-semibold">Adresse e-mail</dt>
          <dd className="break-all">{person.email || 'Aucune'}</dd>
          <dt className="font-semibold">Structure</dt>
          <dd>{person.organisation || '—'}</dd>
          <dt className="font-semibold">Catégorie de public</dt>
          <dd>
            {person.categoryLabel}
            {person.isSpeaker ? ' · intervenant·e' : ''}
          </dd>
          <dt className="font-semibold">Besoins particuliers</dt>
          <dd>{person.accessibilityNeeds || 'Aucun'}</dd>
          {event.days.length > 1 ? (
            <>
              <dt className="font-semibold">Jours prévus</dt>
              <dd>{person.days.map(formatDay).join(', ')}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Provenance</dt>
          <dd>
            {person.sourceLabel}, le {formatDateTime(person.registeredAt)}
          </dd>
        </dl>
        {person.anonymised ? <p className="text-slate-800">Cette personne a été anonymisée : sa fiche ne se modifie plus.</p> : null}
      </section>

      <section aria-labelledby="attendance-title" className={box}>
        <h2 id="attendance-title" className="text-xl font-semibold">
          Présence par jour
        </h2>
        <DayAttendance eventId={id} registrationId={person.id} days={record.attendance} canEdit={record.canEdit && !cancelled} />
      </section>

      {attestation?.eligible ? (
        <section aria-labelledby="attestation-title" className={box}>
          <h2 id="attestation-title" className="text-xl font-semibold">
            Attestation de présence
          </h2>
          <p>
            <a href={`/evenements/${id}/participants/${person.id}/attestation.pdf`} download className="font-medium text-brand-700 underline underline-offset-4">
              Télécharger l’attestation (PDF)
            </a>
          </p>
          {attestation.delivery ? (
            <p className="text-slate-800">
              Courriel de l’attestation préparé le {formatDateTime(attestation.delivery.queuedAt)} : {DELIVERY_LABELS[attestation.delivery.state]}.
            </p>
          ) : attestation.canSend && attestation.hasAddress ? (
            <SendAttestationsButton eventId={id} registrationId={person.id} mailIsSent={attestation.mailIsSent} label="Envoyer l’attestation par courriel" />
          ) : null}
        </section>
      ) : null}

      {record.canEdit ? (
        <section aria-labelledby="edit-title" className={box}>
          <h2 id="edit-title" className="text-xl font-semibold">
            Modifier l’inscription
          </h2>
          <p className="text-slate-800">Aucun courriel n’est envoyé pour ces modifications.</p>
          <EditParticipantForm
            eventId={id}
            registrationId={person.id}
            person={{
              name: person.name,
              email: person.email,
              organisation: person.organisation,
              category: person.category,
              isSpeaker: person.isSpeaker,
              accessibilityNeeds: person.accessibilityNeeds,
              days: person.days,
            }}
            chosenSessionIds={record.sessions.filter((s) => s.chosen).map((s) => s.id)}
            days={event.days}
            sessions={record.sessions}
          />
        </section>
      ) : null}

      {record.canEdit && !cancelled ? (
        <section aria-labelledby="cancel-title" className={box}>
          <h2 id="cancel-title" className="text-xl font-semibold">
            Annulation
          </h2>
          <CancelParticipant eventId={id} registrationId={person.id} over={event.over} defaultNotify={event.defaultNotify} hasEmail={person.email !== ''} />
        </section>
      ) : null}

      <section aria-labelledby="history-title" className={box}>
        <h2 id="history-title" className="text-xl font-semibold">
          Historique des modifications
        </h2>
        {record.history.length === 0 ? (
          <p className="text-slate-800">Aucune modification depuis l’inscription.</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {record.history.map((entry) => (
              <li key={entry.id}>
                <p>
                  <strong>{entry.kindLabel}</strong> — {entry.author}, le {formatDateTime(entry.at)}
                </p>
                {entry.changes.length > 0 ? (
                  <ul className="ml-5 list-disc text-slate-800">
                    {entry.changes.map((change) => (
                      <li key={change.field}>
                        {change.label} : {changeValueText(change.before)} → {changeValueText(change.after)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
