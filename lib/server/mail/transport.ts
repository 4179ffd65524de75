import 'server-only';
import nodemailer from 'nodemailer';

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

/**
 * An SMTP mailer for `smtp://user:password@host:port` (or smtps://), reused per address.
 * Short time-outs: a stalled server fails the try, and the queue retries it later.
 */
export function smtpMailer(url: string): Mailer {
  let mailer = mailers.get(url);
  if (!mailer) {
    const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    mailer = {
      async send(message) {
        await transport.sendMail(message);
      },
    };
    mailers.set(url, mailer);
  }
  return mailer;
}
