import { formatHour, formatShortDate } from '@/lib/domain/dates';
import type { OutboxEmailRow } from '@/lib/server/queries/outbox-emails';
import { plural } from '@/lib/domain/format/french';
import { DeliveryBadge } from '@/components/ui/DeliveryBadge';

/** The outbox as a table; each message's text opens in place (a details element, keyboard-operable). */
export function OutboxTable({ emails, total }: { emails: OutboxEmailRow[]; total: number }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow">
      <table className="w-full border-collapse text-left">
        <caption className="px-4 py-3 text-left text-slate-700">
          {emails.length < total ? `Les ${emails.length} courriels les plus récents sur ${total}.` : `${plural(total, { one: 'courriel', other: 'courriels' })}.`}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-4 py-2">Date</th>
            <th scope="col" className="px-4 py-2">Destinataire</th>
            <th scope="col" className="px-4 py-2">Objet et texte</th>
            <th scope="col" className="px-4 py-2">État et essais</th>
          </tr>
        </thead>
        <tbody>
          {emails.map((email) => (
            <tr key={email.id} className="border-t border-slate-200 align-top">
              <td className="px-4 py-3 whitespace-nowrap">
                {formatShortDate(email.createdAt)} à {formatHour(email.createdAt)}
              </td>
              <td className="px-4 py-3 break-all">{email.to}</td>
              <td className="min-w-64 px-4 py-3">
                <details>
                  <summary className="cursor-pointer font-medium text-brand-700">{email.subject}</summary>
                  <pre className="mt-2 max-w-lg overflow-x-auto rounded bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap break-words text-slate-900">
                    {email.text}
                  </pre>
                </details>
              </td>
              <td className="min-w-40 px-4 py-3">
                <DeliveryBadge delivery={email.delivery} />
                {email.sentAt && email.delivery === 'sent' ? (
                  <p className="mt-1 text-sm whitespace-nowrap text-slate-700">
                    le {formatShortDate(email.sentAt)} à {formatHour(email.sentAt)}
                  </p>
                ) : null}
                <p className="mt-1 text-sm text-slate-700">
                  {plural(email.attempts, { one: 'essai', other: 'essais' })} d’envoi
                </p>
                {email.lastError ? <p className="mt-1 text-sm break-words text-red-800">Erreur : {email.lastError}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
