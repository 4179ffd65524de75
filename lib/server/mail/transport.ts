import 'server-only';
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';

export type MailMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: Array<{ filename: string; contentType: string; content: string; encoding?: 'base64' }>;
};
export type Mailer = { send(message: MailMessage): Promise<void> };

const mailers = new Map<string, Mailer>();
const closers = new Map<string, () => void>();

/**
 * Messages one instance delivers at the same time: the mail workers (worker.ts) and this transport's
 * SMTP connections. Each delivery also holds a database connection (its outbox row is locked while
 * the SMTP server answers): 6 of the pool's 10, leaving 4 to the pages during a large sending
 * (measured by npm run bench:messages: the status page's p95 stays within 1.5× of idle).
 */
export const MAIL_CONCURRENCY = 6;

/**
 * An SMTP mailer for `smtp://user:password@host:port` (or smtps://), reused per address.
 * Short time-outs: a stalled server fails the try, and the queue retries it later.
 */
export function smtpMailer(url: string): Mailer {
  let mailer = mailers.get(url);
  if (!mailer) {
    // A pool keeps SMTP connections open between messages (one handshake, not one per message) and
    // sends at most as many at once as the mail workers ask for. The address is parsed here because
    // nodemailer ignores every other option when it is given `url` (then: no pool, no time-outs).
    const transport = nodemailer.createTransport({
      ...parseConnectionUrl(url),
      pool: true,
      maxConnections: MAIL_CONCURRENCY,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    mailer = {
      async send(message) {
        await transport.sendMail(message);
      },
    };
    closers.set(url, () => transport.close());
    mailers.set(url, mailer);
  }
  return mailer;
}

/** Closes the pooled SMTP connections (tests, and a server shutting down): the next send opens new ones. */
export function closeMailers(): void {
  for (const close of closers.values()) close();
  closers.clear();
  mailers.clear();
}
