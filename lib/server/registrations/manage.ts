import 'server-only';
import { FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import type { UpdateRegistrationInput } from '@/lib/schemas/registration';
import { attendanceDaysToStore } from '@/lib/server/registrations/days';
import { lockEvent, lockSessions, REGISTRATION_CLOSED, type LockedEvent } from '@/lib/server/registrations/locks';
import { sendCancellationEmail, sendPromotionEmails } from '@/lib/server/registrations/notify';
import { readOutcome, type RegistrationOutcome } from '@/lib/server/registrations/outcome';
import { joinSession, leaveSessions, refill } from '@/lib/server/registrations/session-choices';
import { registrationTransaction } from '@/lib/server/registrations/transaction';
import { byLink } from '@/lib/server/registrations/by-link';
import { isEventOver } from '@/lib/domain/events/past';
import { diffParticipant } from '@/lib/domain/registrations/changes';
import { participantSnapshot, recordChange } from '@/lib/server/participants/record';
import { emitPromotions, emitRegistration } from '@/lib/server/webhooks/occurrences';

export const INVALID_LINK = 'Ce lien d’inscription n’est pas (ou plus) valable. Utilisez le lien du dernier courriel reçu.';
const CANCELLED = 'Cette inscription est annulée. Pour venir, inscrivez-vous de nouveau.';
/** The history's author for changes made from the personal link. */
const BY_PARTICIPANT = { authorId: null, byParticipant: true };
const EVENT_OVER = 'Cet événement n’est plus ouvert : l’inscription ne peut plus être modifiée.';

/** The personal link is the only credential: the registration it names, with its event locked. */
async function openByToken(tx: Tx, token: string) {
  const found = await tx.registration.findFirst({ where: byLink(token), select: { id: true, eventId: true } });
  if (!found) throw new SafeError(INVALID_LINK, 'not-found');
  const event = await lockEvent(tx, found.eventId);
  // Read again under the lock: a concurrent cancellation or promotion has finished by now.
  const registration = await tx.registration.findFirst({
    where: { id: found.id, ...byLink(token) },
    select: { id: true, name: true, email: true, status: true, sessions: { where: { status: { not: 'CANCELLED' } }, select: { sessionId: true } } },
  });
  if (!registration) throw notFound('Cette inscription');
  return { event, registration };
}

function assertChangeable(event: LockedEvent, status: string): void {
  if (status === 'CANCELLED') throw new SafeError(CANCELLED, 'conflict');
  if (event.status !== 'PUBLISHED' || isEventOver(event.mail, new Date())) throw new SafeError(EVENT_OVER, 'conflict');
}

/** Changes from the personal page: details, and sessions added or left (a seat left goes to the next in line). */
export async function updateRegistrationByToken(input: UpdateRegistrationInput): Promise<RegistrationOutcome> {
  return registrationTransaction(async (tx) => {
    const { event, registration } = await openByToken(tx, input.token);
    assertChangeable(event, registration.status);
    const current = new Set(registration.sessions.map((entry) => entry.sessionId));
    const added = input.sessionIds.filter((id) => !current.has(id));
    const removed = [...current].filter((id) => !input.sessionIds.includes(id));
    if (added.length > 0 && !event.registrationOpen) throw new FieldError('sessionIds', REGISTRATION_CLOSED);
    const addedSessions = await lockSessions(tx, event.id, added);
    const days = await attendanceDaysToStore(tx, event.id, input.days);
    const before = await participantSnapshot(tx, registration.id);
    await tx.registration.update({
      where: { id: registration.id },
      data: {
        name: input.name,
        organisation: input.organisation || null,
        category: input.category,
        accessibilityNeeds: input.accessibilityNeeds || null,
        ...(days === undefined ? {} : { days }),
      },
    });
    const left = await leaveSessions(tx, registration.id, removed);
    for (const session of addedSessions) await joinSession(tx, session, registration);
    const promotions = await refill(tx, event, left);
    await sendPromotionEmails(tx, event, promotions);
    await emitPromotions(tx, event, promotions, new Date());
    const changes = diffParticipant(before, await participantSnapshot(tx, registration.id));
    if (changes.length > 0) await recordChange(tx, registration.id, 'updated', BY_PARTICIPANT, changes);
    return readOutcome(tx, registration.id, true);
  });
}

/** Cancellation from the personal page: the seats go to the first people waiting, who are told by e-mail. */
export async function cancelRegistrationByToken(token: string): Promise<{ status: 'CANCELLED' }> {
  return registrationTransaction(async (tx) => {
    const { event, registration } = await openByToken(tx, token);
    if (registration.status === 'CANCELLED') return { status: 'CANCELLED' as const };
    assertChangeable(event, registration.status);
    const cancelledAt = new Date();
    await tx.registration.update({
      where: { id: registration.id },
      data: { status: 'CANCELLED', rank: null, cancelledAt },
    });
    const left = await leaveSessions(tx, registration.id, [...registration.sessions.map((entry) => entry.sessionId)]);
    const promotions = await refill(tx, event, left);
    await sendCancellationEmail(tx, event, registration);
    await sendPromotionEmails(tx, event, promotions);
    await emitRegistration(tx, 'registration.cancelled', event, registration.id, cancelledAt);
    await emitPromotions(tx, event, promotions, cancelledAt);
    await recordChange(tx, registration.id, 'cancelled', BY_PARTICIPANT, []);
    return { status: 'CANCELLED' as const };
  });
}
