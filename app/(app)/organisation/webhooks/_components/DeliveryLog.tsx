import { formatDateTime } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import { webhookKindLabel } from '@/lib/domain/webhooks/kinds';
import { DELIVERY_LOG_LENGTH, type WebhookEndpointView } from '@/lib/server/queries/webhooks';

const STATUS_LABELS = { PENDING: 'En attente', DELIVERED: 'Livré', FAILED: 'Échec' } as const;

/** The endpoint's last deliveries, newest first, in Paris time. */
export function DeliveryLog({ deliveries }: { deliveries: WebhookEndpointView['deliveries'] }) {
  if (deliveries.length === 0) return <p className="text-sm text-slate-700">Aucun envoi pour l’instant.</p>;
  return (
    <details>
      <summary className="cursor-pointer font-medium text-brand-700">
        {`Journal des envois (${plural(deliveries.length, { one: 'dernier envoi', other: 'derniers envois' })}, ${DELIVERY_LOG_LENGTH} au plus)`}
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Derniers envois vers ce point de réception</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">Type</th>
              <th scope="col" className="py-2 pr-3">Date</th>
              <th scope="col" className="py-2 pr-3">État</th>
              <th scope="col" className="py-2 pr-3">Essais</th>
              <th scope="col" className="py-2 pr-3">Code HTTP</th>
              <th scope="col" className="py-2">Détail</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-3">{webhookKindLabel(delivery.kind)}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(delivery.createdAt)}</td>
                <td className="py-2 pr-3">{STATUS_LABELS[delivery.status]}</td>
                <td className="py-2 pr-3">{delivery.attempts}</td>
                <td className="py-2 pr-3">{delivery.lastStatusCode ?? '—'}</td>
                <td className="py-2">
                  {delivery.status === 'PENDING' && delivery.attempts > 0
                    ? `${delivery.lastError ?? ''} Nouvel essai le ${formatDateTime(delivery.nextAttemptAt)}.`
                    : (delivery.lastError ?? '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
