import 'server-only';
import { isAddressRefused, type EmailStatusName } from '@/lib/domain/messages/delivery';
import { env } from '@/lib/env';
import { checkinCodeFor } from '@/lib/server/checkin/checkin-token';
import { qrPng } from '@/lib/server/checkin/qr-image';
import { db } from '@/lib/server/db';
import { maskedText, renderForDelivery } from '@/lib/server/mail/seal';
import type { MailAttachment } from '@/lib/server/mail/outbox';
import type { MailMessage, Mailer } from '@/lib/server/mail/transport';
import { UNSUBSCRIBE_PLACEHOLDER, unsubscribeLinks } from '@/lib/server/messages/unsubscribe';

export type DeliveryOutcome = 'sent' | 'stored' | 'skipped';

type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  text: string;
  sealedTokens: string | null;
  unsubscribeRegistrationId: string | null;
  attachment: unknown;
  checkinRegistrationId: string | null;
  status: EmailStatusName;
};

const MAX_ERROR_LENGTH = 500;

/**
 * Delivers one outbox message, once. The row is locked while the SMTP server answers (SKIP LOCKED:
 * a second worker on the same message moves on) and only a QUEUED message is sent, so a job run twice
 * never sends twice. Without a mailer (no SMTP_URL) the message is only stored: it is marked SENT with
 * no attempt, which the "Courriels" page shows as « conservé, non envoyé ».
 * A failure is recorded (attempts, last error) and rethrown so that the queue retries; on the last
 * try the message is marked FAILED. An address the recipient's server refuses for good is marked
 * BOUNCED at once, without retries. The registration that queued it is never touched.
 */
export async function deliverOutboxEmail(
  outboxId: string,
  options: { mailer: Mailer | null; isLastTry: boolean },
): Promise<DeliveryOutcome> {
  let failure: unknown = null;
  const outcome = await db().$transaction(
    async (tx): Promise<DeliveryOutcome> => {
      const rows = await tx.$queryRaw<OutboxRow[]>`
        SELECT id, "to", subject, text, "sealedTokens", "unsubscribeRegistrationId", attachment, "checkinRegistrationId", status::text AS status FROM "OutboxEmail"
        WHERE id = ${outboxId} FOR UPDATE SKIP LOCKED`;
      const row = rows[0];
      if (!row || row.status !== 'QUEUED') return 'skipped';
      if (!options.mailer) {
        // On a developer's machine (npm run dev, no SMTP) the console is the mailbox: a local sign-up
        // or password reset can then be completed. Never in production, where stored text stays sealed.
        if (env().NODE_ENV === 'development') console.log(`[trame] Courriel pour ${row.to} — ${row.subject}\n${outgoing(row).text}`);
        await tx.outboxEmail.update({ where: { id: row.id }, data: { status: 'SENT', sentAt: new Date(), ...spent(row) } });
        return 'stored';
      }
      try {
        await options.mailer.send({ from: env().MAIL_FROM, to: row.to, subject: row.subject, ...outgoing(row), ...(await attachmentsOf(row)) });
      } catch (error) {
        if (isAddressRefused(error)) {
          await tx.outboxEmail.update({
            where: { id: row.id },
            data: { status: 'BOUNCED', attempts: { increment: 1 }, lastError: describe(error), ...spent(row) },
          });
          return 'skipped';
        }
        failure = error;
        await tx.outboxEmail.update({
          where: { id: row.id },
          data: {
            attempts: { increment: 1 },
            lastError: describe(error),
            ...(options.isLastTry ? { status: 'FAILED' as const, ...spent(row) } : { status: 'QUEUED' as const }),
          },
        });
        return 'skipped';
      }
      await tx.outboxEmail.update({
        where: { id: row.id },
        data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 }, lastError: null, ...spent(row) },
      });
      return 'sent';
    },
    { maxWait: 10_000, timeout: 90_000 },
  );
  if (failure) throw failure;
  return outcome;
}

/**
 * The text as sent (sealed links put back) and, for a non-essential message, its unsubscribe link
 * (computed now, never stored) with the List-Unsubscribe headers of RFC 2369 and RFC 8058 (one click).
 */
function outgoing(row: OutboxRow): { text: string; headers?: Record<string, string> } {
  const text = renderForDelivery(row);
  if (!row.unsubscribeRegistrationId) return { text };
  const links = unsubscribeLinks(row.unsubscribeRegistrationId);
  return {
    text: text.split(UNSUBSCRIBE_PLACEHOLDER).join(links.page),
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

export const CHECKIN_QR_FILENAME = 'code-accueil.png';

/** The stored attachment, and a confirmed participant's check-in QR code drawn now (never stored). */
async function attachmentsOf(row: OutboxRow): Promise<Pick<MailMessage, 'attachments'>> {
  const files: MailAttachment[] = [];
  if (row.attachment) files.push(row.attachment as MailAttachment);
  if (row.checkinRegistrationId) {
    const png = await qrPng(checkinCodeFor(row.checkinRegistrationId));
    files.push({ filename: CHECKIN_QR_FILENAME, contentType: 'image/png', content: png.toString('base64'), encoding: 'base64' });
  }
  return files.length > 0 ? { attachments: files } : {};
}

/** Once handled, a message keeps no way back to its links (old messages held them in plain text). */
function spent(row: OutboxRow) {
  return { text: maskedText(row.text), sealedTokens: null };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}
