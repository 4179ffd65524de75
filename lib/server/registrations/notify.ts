import 'server-only';
import { mayEmailRegistrants } from '@/lib/domain/events/past';
import { appUrl } from '@/lib/env';
import type { Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { alreadyRegisteredEmail, cancellationEmail, promotionEmail, registrationEmail, type Email } from '@/lib/server/mail/templates';
import type { LockedEvent, LockedSession } from '@/lib/server/registrations/locks';
import type { RegistrationOutcome } from '@/lib/server/registrations/outcome';
import { personalPath, registrationFormPath } from '@/lib/server/registrations/paths';
import { newToken } from '@/lib/server/tokens';

/*
 * Only the hash of a personal link is stored, so a message that carries the link carries a fresh one:
 * the new token replaces the old (earlier links stop working), inside the same transaction.
 */

const personalLink = (token: string) => `${appUrl()}${personalPath(token)}`;

/** The message to queue: a confirmed person's check-in QR code is attached at delivery. */
function withCheckinQr({ checkinQr, ...email }: Email, registrationId: string) {
  return checkinQr ? { ...email, checkinRegistrationId: registrationId } : email;
}

/**
 * Every registration e-mail is queued here: none is ever sent about an event that is over (an event
 * entered after the fact, people added by its organisers), whatever the caller asked
 * (lib/domain/events/past.ts). Returns whether it was queued.
 */
export async function queueRegistrationEmail(
  tx: Tx,
  event: Pick<LockedEvent, 'id' | 'mail'>,
  message: Omit<Parameters<typeof queueEmail>[1], 'eventId'>,
  now = new Date(),
): Promise<boolean> {
  if (!mayEmailRegistrants(event.mail, now)) return false;
  await queueEmail(tx, { eventId: event.id, ...message });
  return true;
}

function person(tx: Tx, registrationId: string) {
  return tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      email: true,
      name: true,
      status: true,
      rank: true,
      sessions: {
        where: { status: { not: 'CANCELLED' } },
        select: { sessionId: true, status: true, rank: true, session: { select: { title: true, startsAt: true } } },
        orderBy: { session: { startsAt: 'asc' } },
      },
    },
  });
}

/**
 * Confirmation or waiting list, with the personal link `token` (already stored hashed by the caller);
 * also after registering again. Returns what the confirmation page shows.
 */
export async function sendRegistrationEmail(
  tx: Tx,
  event: LockedEvent,
  registrationId: string,
  options: { token: string; updated: boolean },
): Promise<RegistrationOutcome> {
  const registration = await person(tx, registrationId);
  const email = registrationEmail({
    name: registration.name,
    event: event.mail,
    personalLink: personalLink(options.token),
    status: registration.status,
    rank: registration.rank,
    sessions: registration.sessions.map((entry) => ({ ...entry.session, status: entry.status, rank: entry.rank })),
    updated: options.updated,
  });
  await queueRegistrationEmail(tx, event, { to: registration.email, ...withCheckinQr(email, registrationId), tokens: [options.token] });
  const sessions = registration.sessions.map(({ sessionId, status, rank }) => ({ sessionId, status, rank }));
  return { status: registration.status, rank: registration.rank, updated: options.updated, sessions };
}

/**
 * An address already registered registers again: its registration is left as it is and its owner is
 * sent a link (`token`, stored hashed as the re-sent link by the caller; earlier links keep working).
 */
export async function sendAlreadyRegisteredEmail(tx: Tx, event: LockedEvent, registrationId: string, token: string): Promise<void> {
  const registration = await person(tx, registrationId);
  const email = alreadyRegisteredEmail({
    name: registration.name,
    event: event.mail,
    personalLink: personalLink(token),
    status: registration.status,
    rank: registration.rank,
    sessions: registration.sessions.map((entry) => ({ ...entry.session, status: entry.status, rank: entry.rank })),
  });
  await queueRegistrationEmail(tx, event, { to: registration.email, ...withCheckinQr(email, registrationId), tokens: [token] });
}

/** The same message for a first registration, from what the caller just wrote (no read back). */
export async function sendNewRegistrationEmail(
  tx: Tx,
  event: LockedEvent,
  registration: { id: string; name: string; email: string; status: 'CONFIRMED' | 'WAITING'; rank: number | null },
  places: ReadonlyArray<{ session: LockedSession; seat: { status: 'CONFIRMED' | 'WAITING'; rank: number | null } }>,
  token: string,
): Promise<RegistrationOutcome> {
  const ordered = [...places].sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime());
  const email = registrationEmail({
    name: registration.name,
    event: event.mail,
    personalLink: personalLink(token),
    status: registration.status,
    rank: registration.rank,
    sessions: ordered.map(({ session, seat }) => ({ title: session.title, startsAt: session.startsAt, ...seat })),
    updated: false,
  });
  await queueRegistrationEmail(tx, event, { to: registration.email, ...withCheckinQr(email, registration.id), tokens: [token] });
  const sessions = ordered.map(({ session, seat }) => ({ sessionId: session.id, ...seat }));
  return { status: registration.status, rank: registration.rank, updated: false, sessions };
}

export type Promotion = { eventPromoted: boolean; sessionIds: Set<string> };

/** One message per promoted person, whatever they were promoted to, with a fresh personal link. */
export async function sendPromotionEmails(tx: Tx, event: LockedEvent, promotions: ReadonlyMap<string, Promotion>): Promise<void> {
  for (const [registrationId, promotion] of promotions) {
    const registration = await person(tx, registrationId);
    const { token, tokenHash } = newToken();
    await tx.registration.update({ where: { id: registrationId }, data: { tokenHash } });
    const email = promotionEmail({
      name: registration.name,
      event: event.mail,
      personalLink: personalLink(token),
      eventPromoted: promotion.eventPromoted,
      confirmed: registration.status === 'CONFIRMED',
      sessions: registration.sessions.filter((entry) => promotion.sessionIds.has(entry.sessionId)).map((entry) => entry.session),
    });
    await queueRegistrationEmail(tx, event, { to: registration.email, ...withCheckinQr(email, registrationId), tokens: [token] });
  }
}

/** Confirms a cancellation, with the way back (the public form) rather than the personal link. */
export async function sendCancellationEmail(tx: Tx, event: LockedEvent, registration: { name: string; email: string }): Promise<void> {
  const email = cancellationEmail({
    name: registration.name,
    event: event.mail,
    registrationLink: `${appUrl()}${registrationFormPath(event.slug)}`,
  });
  await queueRegistrationEmail(tx, event, { to: registration.email, ...email });
}
