import { EMAIL_DELIVERY_LABELS, type EmailDelivery } from '@/lib/domain/messages/delivery';

const STYLES: Record<EmailDelivery, string> = {
  queued: 'border-brand-600 bg-brand-50 text-brand-800',
  sent: 'border-green-700 bg-green-50 text-green-900',
  stored: 'border-slate-500 bg-slate-100 text-slate-800',
  bounced: 'border-amber-700 bg-amber-50 text-amber-900',
  failed: 'border-red-700 bg-red-50 text-red-900',
};

/** An e-mail's delivery state as a labelled chip; with `count`, the number of messages in that state. */
export function DeliveryBadge({ delivery, count, size = 'sm' }: { delivery: EmailDelivery; count?: number; size?: 'sm' | 'md' }) {
  const box = size === 'md' ? 'px-3 py-1' : 'inline-block px-2 py-0.5 text-sm whitespace-nowrap';
  return (
    <span className={`rounded border font-medium ${box} ${STYLES[delivery]}`}>
      {EMAIL_DELIVERY_LABELS[delivery]}
      {count === undefined ? null : ` : ${count}`}
    </span>
  );
}
