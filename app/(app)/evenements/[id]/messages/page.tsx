import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { formatDay, formatHour, formatShortDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import { PLACEHOLDERS } from '@/lib/domain/messages/placeholders';
import { pageError, pageId } from '@/lib/server/page-data';
import { getMessagesPage } from '@/lib/server/queries/group-messages';
import { ComposeMessage } from './_components/ComposeMessage';
import { RemindersForm } from './_components/RemindersForm';
import { REMINDER_PLACEHOLDERS } from '@/lib/domain/messages/reminders';

export const metadata: Metadata = { title: 'Messages' };
export const dynamic = 'force-dynamic';

export default async function MessagesPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const data = await getMessagesPage(id).catch(pageError);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="compose-title" className="flex flex-col gap-4">
        <h2 id="compose-title" className="text-2xl font-semibold">
          Écrire à un groupe
        </h2>
        <p className="text-slate-700">
          Chaque personne reçoit son propre exemplaire : personne ne voit l’adresse des autres. Les personnes désabonnées, les
          inscriptions annulées et les personnes anonymisées ne reçoivent rien ; les participant·es trouvent un lien de
          désabonnement en bas du message.
        </p>
        {data.mailSent ? null : (
          <Alert>
            Les courriels ne partent pas : l’envoi n’est pas encore activé sur ce Trame. Un message envoyé ici sera seulement conservé
            dans « Courriels ».
          </Alert>
        )}
        <ComposeMessage
          eventId={id}
          counts={data.counts}
          sessions={data.sessions.map((session) => ({ id: session.id, label: `${session.title} (${formatShortDate(session.startsAt)} à ${formatHour(session.startsAt)})` }))}
          days={data.days.map((day) => ({ value: day, label: formatDay(day) }))}
          placeholders={PLACEHOLDERS.map((placeholder) => ({ ...placeholder }))}
        />
      </section>
      <section aria-labelledby="reminders-title" className="flex flex-col gap-4">
        <h2 id="reminders-title" className="text-2xl font-semibold">
          Rappels avant l’événement
        </h2>
        <p className="text-slate-700">
          Envoyés aux personnes inscrites et confirmées (ni annulées, ni désabonnées), avec leur lien personnel et un fichier
          d’agenda de leurs séances. Aucun rappel ne part une fois l’événement commencé.
        </p>
        <RemindersForm
          eventId={id}
          reminders={data.reminders}
          sendDays={data.reminderDays}
          placeholders={[...PLACEHOLDERS, ...REMINDER_PLACEHOLDERS].map((placeholder) => ({ ...placeholder }))}
        />
      </section>
      <section aria-labelledby="sent-title" className="flex flex-col gap-4">
        <h2 id="sent-title" className="text-2xl font-semibold">
          Messages envoyés
        </h2>
        {data.messages.length === 0 ? (
          <p className="rounded-lg bg-white p-6 shadow">Aucun message envoyé à un groupe pour cet événement.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {data.messages.map((message) => (
              <li key={message.id} className="rounded-lg bg-white p-4 shadow">
                <Link href={`/evenements/${id}/messages/${message.id}`} className="font-medium text-brand-700 underline underline-offset-4">
                  {message.subject}
                </Link>
                <p className="text-sm text-slate-700">
                  {message.segmentLabel} · {plural(message.recipientCount, { one: 'destinataire', other: 'destinataires' })} · le{' '}
                  {formatShortDate(message.createdAt)} à {formatHour(message.createdAt)}
                  {message.sentBy ? ` par ${message.sentBy}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
