import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { derivedKey } from '@/lib/server/secret-key';

/*
 * The check-in code of a registration (QR on the personal page, the confirmation e-mail and the
 * badge). It is derived, not stored: `<registration id>.<HMAC>` with a key from AUTH_SECRET, so the
 * database holds no usable token, a badge can be printed again at any time, and a forged or truncated
 * code is refused without a query. It only lets a check-in screen of the same event mark the person
 * present; it opens nothing else.
 */

const PREFIX = 'T1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC_LENGTH = 22; // 128 bits in base64url

function mac(registrationId: string): string {
  return createHmac('sha256', derivedKey('checkin-codes')).update(registrationId).digest('base64url').slice(0, MAC_LENGTH);
}

/** The text carried by the registration's QR code. */
export function checkinCodeFor(registrationId: string): string {
  return `${PREFIX}.${registrationId}.${mac(registrationId)}`;
}

/** The registration a scanned code designates, or null when the code is forged, truncated or not ours. */
export function registrationIdFromCheckinCode(code: string): string | null {
  const parts = code.trim().split('.');
  if (parts.length !== 3) return null;
  const [prefix, registrationId, given] = parts as [string, string, string];
  if (prefix !== PREFIX || !UUID.test(registrationId) || given.length !== MAC_LENGTH) return null;
  const expected = Buffer.from(mac(registrationId));
  const received = Buffer.from(given);
  return expected.length === received.length && timingSafeEqual(expected, received) ? registrationId : null;
}
