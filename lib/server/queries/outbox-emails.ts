import 'server-only';
import { env } from '@/lib/env';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { maskedText } from '@/lib/server/mail/seal';

const PAGE_SIZE = 200;

export type OutboxDelivery = 'queued' | 'sent' | 'stored' | 'failed';

/**
 * The event's outbox ("Courriels"), newest first, for its admins and coordinators, with the links'
 * tokens masked (they are stored sealed, lib/server/mail/seal.ts). A message marked SENT without any
 * SMTP attempt was only stored: no SMTP_URL was configured when the worker handled it.
 */
export async function listOutboxEmails(eventId: string) {
  await requireEventPermission(eventId, 'event.emails');
  const [rows, total] = await Promise.all([
    db().outboxEmail.findMany({
      where: { eventId },
      select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: PAGE_SIZE,
    }),
    db().outboxEmail.count({ where: { eventId } }),
  ]);
  const emails = rows.map(({ status, text, ...row }) => ({
    ...row,
    text: maskedText(text),
    delivery: (status === 'SENT' ? (row.attempts === 0 ? 'stored' : 'sent') : status === 'FAILED' ? 'failed' : 'queued') as OutboxDelivery,
  }));
  return { emails, total, shown: emails.length, smtpConfigured: Boolean(env().SMTP_URL) };
}
export type OutboxEmailRow = Awaited<ReturnType<typeof listOutboxEmails>>['emails'][number];
