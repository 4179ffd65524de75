import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appUrl } from '@/lib/env';
import type { Tx } from '@/lib/server/db';
import { derivedKey } from '@/lib/server/secret-key';

/*
 * Unsubscribe links: `<registration id>.<HMAC-SHA256 of it>`, key derived from AUTH_SECRET. Nothing is
 * stored: the link is recomputed at delivery and checked on arrival. It can do one thing only (stop
 * the non-essential messages of that registration), never open the registration itself.
 */

const PURPOSE = 'unsubscribe-links';
/** Where the text of a queued message holds the link, put in place at delivery (deliver.ts). */
export const UNSUBSCRIBE_PLACEHOLDER = '[[desabonnement]]';

function signature(registrationId: string): string {
  return createHmac('sha256', derivedKey(PURPOSE)).update(registrationId).digest('base64url');
}

export function unsubscribeToken(registrationId: string): string {
  return `${registrationId}.${signature(registrationId)}`;
}

/** The registration a token names, or null when it is not one we signed. */
export function registrationOfToken(token: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const registrationId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(registrationId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? registrationId : null;
}

/** The page a person opens from the message (it asks before unsubscribing: link scanners only GET). */
export const unsubscribePagePath = (token: string) => `/desabonnement/${token}`;
/** RFC 8058 one-click endpoint, for List-Unsubscribe (a POST unsubscribes at once). */
export const unsubscribeEndpointPath = (token: string) => `/api/desabonnement/${token}`;

export function unsubscribeLinks(registrationId: string) {
  const token = unsubscribeToken(registrationId);
  return { page: `${appUrl()}${unsubscribePagePath(token)}`, oneClick: `${appUrl()}${unsubscribeEndpointPath(token)}` };
}

export type UnsubscribeTarget = { registrationId: string; eventTitle: string; organiser: string; unsubscribed: boolean };

/** What the unsubscribe page shows; null for a token we did not sign or an erased registration. */
export async function readUnsubscribeTarget(tx: Tx, token: string): Promise<UnsubscribeTarget | null> {
  const registrationId = registrationOfToken(token);
  if (!registrationId) return null;
  const registration = await tx.registration.findUnique({
    where: { id: registrationId },
    select: { unsubscribedAt: true, anonymisedAt: true, event: { select: { title: true, owner: { select: { name: true } } } } },
  });
  if (!registration || registration.anonymisedAt) return null;
  return { registrationId, eventTitle: registration.event.title, organiser: registration.event.owner.name, unsubscribed: registration.unsubscribedAt !== null };
}

/** Stops the non-essential messages of the registration the token names. Idempotent; false for a bad token. */
export async function unsubscribeByToken(tx: Tx, token: string, now = new Date()): Promise<boolean> {
  const registrationId = registrationOfToken(token);
  if (!registrationId) return false;
  // Someone already unsubscribed keeps the first date.
  await tx.registration.updateMany({ where: { id: registrationId, anonymisedAt: null, unsubscribedAt: null }, data: { unsubscribedAt: now } });
  return (await tx.registration.count({ where: { id: registrationId, anonymisedAt: null } })) > 0;
}

/** The footer of every non-essential message: the placeholder is replaced at delivery. */
export function unsubscribeFooter(): string[] {
  return [
    '',
    '—',
    'Vous recevez ce message parce que vous êtes inscrit·e à cet événement. Pour ne plus recevoir les rappels et messages de',
    `l’organisation (les messages liés à votre inscription continueront) : ${UNSUBSCRIBE_PLACEHOLDER}`,
  ];
}
