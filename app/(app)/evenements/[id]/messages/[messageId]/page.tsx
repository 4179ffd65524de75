import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { formatHour, formatShortDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import { pageError, pageId } from '@/lib/server/page-data';
import { getGroupMessageStatus } from '@/lib/server/queries/group-messages';
import { DeliveryBadge } from '@/components/ui/DeliveryBadge';
import { EMAIL_DELIVERIES } from '@/lib/domain/messages/delivery';

export const metadata: Metadata = { title: 'État d’un message' };
export const dynamic = 'force-dynamic';


export default async function GroupMessageStatusPage({ params }: { params: Promise<{ id: string; messageId: string }> }) {
  const { id: rawId, messageId: rawMessageId } = await params;
  const id = pageId(rawId);
  const message = await getGroupMessageStatus(id, pageId(rawMessageId)).catch(pageError);
  return (
    <section aria-labelledby="message-title" className="flex flex-col gap-4">
      <p>
        <Link href={`/evenements/${id}/messages`} className="text-brand-700 underline underline-offset-4">
          Retour aux messages
        </Link>
      </p>
      <h2 id="message-title" className="text-2xl font-semibold">
        {message.subject}
      </h2>
      <p className="text-slate-700">
        {message.segmentLabel} · envoyé le {formatShortDate(message.createdAt)} à {formatHour(message.createdAt)}
        {message.sentBy ? ` par ${message.sentBy}` : ''}
      </p>
      {message.mailSent ? null : (
        <Alert>Les courriels ne partent pas : l’envoi n’est pas encore activé sur ce Trame. Les messages sont seulement conservés.</Alert>
      )}
      <ul aria-label="État des envois" className="flex flex-wrap gap-2">
        {EMAIL_DELIVERIES.filter((delivery) => message.totals[delivery] > 0).map((delivery) => (
          <li key={delivery}>
            <DeliveryBadge delivery={delivery} count={message.totals[delivery]} size="md" />
          </li>
        ))}
      </ul>
      <details className="rounded-lg bg-white p-4 shadow">
        <summary className="cursor-pointer font-medium text-brand-700">Texte du message</summary>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap break-words">{message.body}</pre>
      </details>
      <div className="overflow-x-auto rounded-lg bg-white shadow">
        <table className="w-full border-collapse text-left">
          <caption className="px-4 py-3 text-left text-slate-700">
            {plural(message.emails.length, { one: 'destinataire', other: 'destinataires' })}
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-4 py-2">Destinataire</th>
              <th scope="col" className="px-4 py-2">État</th>
              <th scope="col" className="px-4 py-2">Détail</th>
            </tr>
          </thead>
          <tbody>
            {message.emails.map((email) => (
              <tr key={email.id} className="border-t border-slate-200 align-top">
                <td className="px-4 py-3 break-all">{email.to}</td>
                <td className="px-4 py-3">
                  <DeliveryBadge delivery={email.delivery} />
                </td>
                <td className="px-4 py-3 text-sm text-slate-700">
                  {email.sentAt && email.delivery === 'sent' ? `le ${formatShortDate(email.sentAt)} à ${formatHour(email.sentAt)}` : null}
                  {email.lastError ? <span className="block break-words text-red-800">Erreur : {email.lastError}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
