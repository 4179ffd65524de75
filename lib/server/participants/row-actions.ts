import 'server-only';
import { mayEmailRegistrants } from '@/lib/domain/events/past';
import { isPlaceholderEmail } from '@/lib/domain/registrations/personal-data';
import type { Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { openRegistration, recordChange } from '@/lib/server/participants/record';
import { sendPromotionEmails, sendRegistrationEmail, type Promotion } from '@/lib/server/registrations/notify';
import { decideEventSeat } from '@/lib/server/registrations/seats';
import { refill } from '@/lib/server/registrations/session-choices';
import { newToken } from '@/lib/server/tokens';

/*
 * The organisers' quick actions from a row of the participant list, under the event's lock like
 * every registration write, each kept in the registration's history:
 * - send the confirmation again (a fresh link beside the first one, which keeps working);
 * - put a cancelled registration back: it takes a seat as a new registration would (or the end of
 *   the waiting list); its sessions stay as they are, to choose again from the participant page;
 * - take someone off the waiting list now, beyond the capacity if need be: the organisers decide.
 */

type Ref = { eventId: string; registrationId: string };

export const NOTHING_TO_RESEND = 'Cette inscription est annulée : remettez-la avant de renvoyer la confirmation.';
export const NO_ADDRESS = 'Cette personne n’a pas laissé d’adresse e-mail : aucune confirmation ne peut lui être envoyée.';
export const EVENT_OVER = 'L’événement est passé : aucun courriel n’est plus envoyé aux personnes inscrites.';
export const NOT_CANCELLED = 'Cette inscription n’est pas annulée.';
export const NOT_WAITING = 'Cette personne n’est pas en liste d’attente.';

export async function resendConfirmation(tx: Tx, input: Ref, authorId: string) {
  const { event, registration } = await openRegistration(tx, input.eventId, input.registrationId);
  if (registration.status === 'CANCELLED') throw new SafeError(NOTHING_TO_RESEND, 'conflict');
  if (isPlaceholderEmail(registration.email)) throw new SafeError(NO_ADDRESS, 'conflict');
  if (!mayEmailRegistrants(event.mail, new Date())) throw new SafeError(EVENT_OVER, 'conflict');
  const { token, tokenHash } = newToken();
  await tx.registration.update({ where: { id: registration.id }, data: { resentTokenHash: tokenHash } });
  await sendRegistrationEmail(tx, event, registration.id, { token, updated: false });
  await recordChange(tx, registration.id, 'confirmation-resent', { authorId, byParticipant: false }, []);
  return { registrationId: registration.id };
}

export async function reinstateParticipant(tx: Tx, input: Ref, authorId: string) {
  const { event, registration } = await openRegistration(tx, input.eventId, input.registrationId);
  if (registration.status !== 'CANCELLED') throw new SafeError(NOT_CANCELLED, 'conflict');
  const seat = await decideEventSeat(tx, event);
  await tx.registration.update({ where: { id: registration.id }, data: { ...seat, cancelledAt: null } });
  await recordChange(tx, registration.id, 'reinstated', { authorId, byParticipant: false }, []);
  return { registrationId: registration.id, status: seat.status, rank: seat.rank };
}

export async function promoteParticipant(tx: Tx, input: Ref, authorId: string) {
  const { event, registration } = await openRegistration(tx, input.eventId, input.registrationId);
  if (registration.status !== 'WAITING') throw new SafeError(NOT_WAITING, 'conflict');
  await tx.registration.update({ where: { id: registration.id }, data: { status: 'CONFIRMED', rank: null } });
  // The line closes up behind them (nobody else is promoted: the seat they took was not free), and,
  // confirmed at the event, they may now get the sessions they wait for.
  const promotions = await refill(tx, event, registration.sessions.map((entry) => entry.sessionId));
  const own: Promotion = promotions.get(registration.id) ?? { eventPromoted: false, sessionIds: new Set() };
  promotions.set(registration.id, { ...own, eventPromoted: true });
  await sendPromotionEmails(tx, event, promotions);
  await recordChange(tx, registration.id, 'promoted', { authorId, byParticipant: false }, []);
  return { registrationId: registration.id };
}
