import 'server-only';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { db, type Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { hashPassword } from '@/lib/server/password';
import { derivedKey } from '@/lib/server/secret-key';
import { hashToken, newToken } from '@/lib/server/tokens';

/*
 * A volunteer's access to one event's check-in screen, without an account: a link (`/pointage/<secret>`)
 * and a 6-digit PIN given separately. The database keeps only hashes of both. Typing the PIN (rate
 * limited per link and per address) gives the device a session proof — an HMAC of the link and its PIN
 * hash, kept in an http-only cookie scoped to /pointage — that every tap carries. The link opens the
 * check-in list and taps of that event only: no export, no e-mail, no other page, no other event.
 * Revoking or expiring the link ends every session at once, since each tap looks the link up again.
 */

export const VOLUNTEER_COOKIE = 'trame-pointage';
export const VOLUNTEER_COOKIE_PATH = '/pointage';
export const LINK_DURATIONS_HOURS = [4, 12, 24, 48, 72] as const;

const LINK_GONE = 'Ce lien de pointage n’est plus valable (expiré ou révoqué) : demandez un nouveau lien à la coordination.';

export type VolunteerLink = { id: string; eventId: string; label: string; expiresAt: Date; pinHash: string; secretHash: string };

/** A PIN of 6 digits, leading zeros allowed. */
export function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export async function createVolunteerLink(tx: Tx, input: { eventId: string; label: string; hours: number; createdBy: string }, now = new Date()) {
  const { token: secret, tokenHash: secretHash } = newToken();
  const pin = newPin();
  const link = await tx.checkInLink.create({
    data: {
      eventId: input.eventId,
      label: input.label,
      secretHash,
      pinHash: await hashPassword(pin),
      expiresAt: new Date(now.getTime() + input.hours * 3_600_000),
      createdBy: input.createdBy,
    },
    select: { id: true, expiresAt: true },
  });
  return { id: link.id, expiresAt: link.expiresAt, secret, pin };
}

/** The live link a secret designates, or a French refusal (unknown, expired and revoked read the same). */
export async function liveLink(secret: string, now = new Date(), tx: Pick<Tx, 'checkInLink'> = db()): Promise<VolunteerLink> {
  const link = /^[A-Za-z0-9_-]{43}$/.test(secret)
    ? await tx.checkInLink.findUnique({
        where: { secretHash: hashToken(secret) },
        select: { id: true, eventId: true, label: true, expiresAt: true, revokedAt: true, pinHash: true, secretHash: true },
      })
    : null;
  if (!link || link.revokedAt || link.expiresAt.getTime() <= now.getTime()) throw new SafeError(LINK_GONE, 'not-found');
  return link;
}

/** The proof a device holds once the PIN was typed: changes with the link, and with its PIN. */
export function sessionProof(link: Pick<VolunteerLink, 'id' | 'secretHash' | 'pinHash'>): string {
  return createHmac('sha256', derivedKey('checkin-link-sessions')).update(`${link.id}|${link.secretHash}|${link.pinHash}`).digest('base64url');
}

export function isSessionProof(link: Pick<VolunteerLink, 'id' | 'secretHash' | 'pinHash'>, given: string | undefined): boolean {
  if (!given) return false;
  const expected = Buffer.from(sessionProof(link));
  const received = Buffer.from(given);
  return expected.length === received.length && timingSafeEqual(expected, received);
}

/** The link a tap comes through, checked: live, unlocked by its PIN on this device, of this event. */
export async function volunteerAccess(secret: string, proof: string | undefined, eventId: string, now = new Date()): Promise<VolunteerLink> {
  const link = await liveLink(secret, now);
  if (!isSessionProof(link, proof)) throw new SafeError('Saisissez le code PIN du lien de pointage pour continuer.', 'unauthenticated');
  if (link.eventId !== eventId) throw new SafeError('Ce lien de pointage ne concerne pas cet événement.', 'forbidden');
  return link;
}

/** What a volunteer's taps are signed with in the attendance history. */
export const volunteerAuthor = (link: Pick<VolunteerLink, 'id' | 'label'>) => ({ markedBy: `Bénévole (${link.label})`, checkInLinkId: link.id });
