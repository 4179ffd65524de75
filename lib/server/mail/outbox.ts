import 'server-only';
import type { Tx } from '@/lib/server/db';
import { getBoss, SEND_EMAIL_QUEUE, throughTransaction } from '@/lib/server/mail/boss';
import { sealTokens } from '@/lib/server/mail/seal';

/** `tokens`: the link tokens inside `text`; they are stored sealed, never in the text (seal.ts). */
export type OutgoingEmail = {
  eventId: string | null;
  to: string;
  subject: string;
  text: string;
  tokens?: readonly string[];
  /** A group message's copy. */
  groupMessageId?: string;
  /** Non-essential messages: the registration whose unsubscribe link the text's placeholder becomes at delivery. */
  unsubscribeRegistrationId?: string;
  /** A file sent with the message (a reminder's .ics). */
  attachment?: MailAttachment;
};
/** `encoding: 'base64'` for a binary file (a PDF), the content then being its base64 text. */
export type MailAttachment = { filename: string; contentType: string; content: string; encoding?: 'base64' };
export type SendEmailJob = { outboxId: string };

/** Writes the message to the outbox ("Courriels") and queues its delivery, inside the business transaction. */
export async function queueEmail(tx: Tx, email: OutgoingEmail): Promise<string> {
  const boss = await getBoss();
  const { tokens = [], ...message } = email;
  const row = await tx.outboxEmail.create({ data: { ...message, ...sealTokens(message.text, tokens) }, select: { id: true } });
  const data: SendEmailJob = { outboxId: row.id };
  // The job's id and singleton key are the outbox id: queueing the same message twice is a no-op.
  await boss.send(SEND_EMAIL_QUEUE, data, { id: row.id, singletonKey: row.id, db: throughTransaction(tx) });
  return row.id;
}

/**
 * Many messages at once (a group message): one insert for the outbox rows and one for their jobs, in
 * the caller's transaction, so that a few thousand recipients are queued in a couple of statements.
 */
export async function queueEmails(tx: Tx, emails: readonly OutgoingEmail[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const boss = await getBoss();
  const rows = await tx.outboxEmail.createManyAndReturn({
    data: emails.map(({ tokens = [], ...message }) => ({ ...message, ...sealTokens(message.text, tokens) })),
    select: { id: true },
  });
  const jobs = rows.map((row) => ({ id: row.id, name: SEND_EMAIL_QUEUE, singletonKey: row.id, data: { outboxId: row.id } satisfies SendEmailJob }));
  await boss.insert(jobs, { db: throughTransaction(tx) });
  return rows.map((row) => row.id);
}
