import 'server-only';
import { env } from '@/lib/env';
import { DEFAULT_RETRY, getBoss, SEND_EMAIL_QUEUE, type RetryPolicy } from '@/lib/server/mail/boss';
import { drainQueue } from '@/lib/server/jobs/drain';
import { deliverOutboxEmail } from '@/lib/server/mail/deliver';
import type { SendEmailJob } from '@/lib/server/mail/outbox';
import { MAIL_CONCURRENCY, smtpMailer, type Mailer } from '@/lib/server/mail/transport';

export type MailWorkerOptions = {
  /** Defaults to SMTP_URL; `null` stores messages without sending them. */
  smtpUrl?: string | null;
  retry?: RetryPolicy;
  pollingIntervalSeconds?: number;
};

/**
 * Delivers queued e-mails from pg-boss. Every app instance may run these: pg-boss hands each job to a
 * single worker, and deliverOutboxEmail refuses to send a message twice anyway.
 */
export async function startMailWorker(options: MailWorkerOptions = {}): Promise<string[]> {
  const smtpUrl = options.smtpUrl === undefined ? (env().SMTP_URL ?? null) : options.smtpUrl;
  const mailer: Mailer | null = smtpUrl ? smtpMailer(smtpUrl) : null;
  const boss = await getBoss(options.retry ?? DEFAULT_RETRY);
  return drainQueue<SendEmailJob>(
    boss,
    SEND_EMAIL_QUEUE,
    { workers: MAIL_CONCURRENCY, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async (job) => {
      await deliverOutboxEmail(job.data.outboxId, { mailer, isLastTry: job.retryCount >= job.retryLimit });
    },
  );
}

/** Stops this process's workers on the e-mail queue (tests). */
export async function stopMailWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.offWork(SEND_EMAIL_QUEUE);
}

/** Called once when the server starts (instrumentation.ts). A failure is logged: the site must still start. */
export async function startMailWorkerOnBoot(): Promise<void> {
  if (env().TRAME_DISABLE_WORKER === '1') return;
  try {
    await startMailWorker();
    console.log(
      env().SMTP_URL
        ? '[trame] Courriels : envoi par SMTP actif.'
        : '[trame] Courriels : SMTP_URL absent, les messages sont conservés dans « Courriels » sans être envoyés.',
    );
  } catch (error) {
    console.error('[trame] Courriels : le service d’envoi n’a pas démarré.', error);
  }
}
