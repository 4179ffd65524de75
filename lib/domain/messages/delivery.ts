/*
 * What became of an e-mail, as organisers are told it (« Courriels », a group message's page, the
 * attestations). One reading of the outbox row for every screen:
 * - SENT without any SMTP attempt was only kept: no SMTP server was configured when it was handled;
 * - BOUNCED is a refusal we know of: the recipient's address was refused by the server at sending time
 *   (SMTP 5xx on the envelope). Bounces that arrive later by return mail are not read by Trame.
 */

export type EmailStatusName = 'QUEUED' | 'SENT' | 'FAILED' | 'BOUNCED';

export const EMAIL_DELIVERIES = ['queued', 'sent', 'stored', 'bounced', 'failed'] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];

export const EMAIL_DELIVERY_LABELS: Record<EmailDelivery, string> = {
  queued: 'En file d’envoi',
  sent: 'Envoyé',
  stored: 'Conservé, non envoyé',
  bounced: 'Adresse refusée',
  failed: 'Échec',
};

/** The delivery state of an outbox row; no row yet reads as queued. */
export function emailDelivery(row: { status: EmailStatusName; attempts: number } | null): EmailDelivery {
  if (!row || row.status === 'QUEUED') return 'queued';
  if (row.status === 'SENT') return row.attempts === 0 ? 'stored' : 'sent';
  return row.status === 'BOUNCED' ? 'bounced' : 'failed';
}

/** A count of each state, every state present (zero included). */
export function countDeliveries(deliveries: Iterable<EmailDelivery>): Record<EmailDelivery, number> {
  const totals = Object.fromEntries(EMAIL_DELIVERIES.map((delivery) => [delivery, 0])) as Record<EmailDelivery, number>;
  for (const delivery of deliveries) totals[delivery] += 1;
  return totals;
}

/**
 * Whether a sending error is the recipient's address refused for good: the server answered the
 * envelope (RCPT TO) with a 5xx code. Retrying would only be refused again. A 4xx (mailbox full for
 * now, greylisting) or a connection failure is retried; a 5xx on authentication or on the message is
 * Trame's configuration or content, not the address, so it is not called a bounce.
 */
export function isAddressRefused(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}
