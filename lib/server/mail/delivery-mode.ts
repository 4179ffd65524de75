import 'server-only';
import { env } from '@/lib/env';

/**
 * Whether e-mails really leave: with SMTP_URL the queue sends them; without it they are only kept in
 * the event's « Courriels » page. What pages promise to participants follows this.
 */
export function mailIsSent(): boolean {
  return Boolean(env().SMTP_URL);
}
