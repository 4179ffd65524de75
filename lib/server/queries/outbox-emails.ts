import 'server-only';
import { emailDelivery } from '@/lib/domain/messages/delivery';
import { env } from '@/lib/env';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { maskedText } from '@/lib/server/mail/seal';

const PAGE_SIZE = 200;


/**
 * The event's outbox ("Courriels"), newest first, for its admins and coordinators, with the links'
 * tokens masked (they are stored sealed, lib/server/mail/seal.ts), each with its delivery state
 * (lib/domain/messages/delivery.ts).
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
    delivery: emailDelivery({ status, attempts: row.attempts }),
  }));
  return { emails, total, shown: emails.length, smtpConfigured: Boolean(env().SMTP_URL) };
}
export type OutboxEmailRow = Awaited<ReturnType<typeof listOutboxEmails>>['emails'][number];
