import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Webhook signatures, Stripe-style: the header `Trame-Signature: t=<unix seconds>,v1=<hex>` where
 * <hex> is HMAC-SHA256(secret, "<t>.<raw body>"). The timestamp is signed with the body, so a receiver
 * that refuses old timestamps also refuses a captured request played again later. No server-only
 * import: receivers (and the tests' receiver) use `verifyWebhookSignature` as it is.
 */

export const SIGNATURE_HEADER = 'Trame-Signature';
/** Five minutes, as most providers: enough for clock drift, short for a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 300;
const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret: 32 random bytes, shown once to the organisation. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

function digest(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export function signWebhook(secret: string, body: string, now: Date = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${digest(secret, timestamp, body)}`;
}

export type VerifyOutcome = { ok: true; timestamp: number } | { ok: false; reason: 'malformed' | 'too-old' | 'mismatch' };

/** Checks a signature header against the raw body as received (before any JSON parsing). */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  { now = new Date(), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS }: { now?: Date; toleranceSeconds?: number } = {},
): VerifyOutcome {
  const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string | undefined]));
  const timestamp = Number(parts.get('t'));
  const signature = parts.get('v1');
  if (!Number.isInteger(timestamp) || !signature || !/^[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed' };
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return { ok: false, reason: 'too-old' };
  const expected = Buffer.from(digest(secret, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? { ok: true, timestamp } : { ok: false, reason: 'mismatch' };
}
