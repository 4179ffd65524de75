import 'server-only';
import { randomUUID } from 'node:crypto';
import { formatDay } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import { mayEmailRegistrants } from '@/lib/domain/events/past';
import { AUDIENCE_CATEGORY_LABELS } from '@/lib/domain/registrations/audience-categories';
import {
  diffParticipant,
  listText,
  type FieldChange,
  type ParticipantSnapshot,
  type RegistrationChangeKind,
} from '@/lib/domain/registrations/changes';
import { isPlaceholderEmail, walkInEmail } from '@/lib/domain/registrations/personal-data';
import type { z } from '@/lib/schemas/zod';
import type { addParticipantSchema, updateParticipantSchema } from '@/lib/schemas/participant-record';
import { FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { toAudienceCategory } from '@/lib/server/participants/facts';
import { attendanceDaysToStore } from '@/lib/server/registrations/days';
import { lockEvent, lockSessions, type LockedEvent } from '@/lib/server/registrations/locks';
import { sendCancellationEmail, sendPromotionEmails, sendRegistrationEmail } from '@/lib/server/registrations/notify';
import { joinSession, leaveSessions, refill } from '@/lib/server/registrations/session-choices';
import { emitPromotions, emitRegistration } from '@/lib/server/webhooks/occurrences';
import { newToken } from '@/lib/server/tokens';

/*
 * The organisers' changes to a participant, under the event's lock like every registration write:
 * add someone by hand (source « organisation »), change their details, days and sessions, cancel.
 * Each change is kept in the registration's history (RegistrationChange). E-mails go only when the
 * organiser asks and the person has an address; never about an event that is over (notify.ts).
 */

export const ORGANISER_SOURCE = 'organisation';

const ANONYMISED = 'Cette personne a été anonymisée : sa fiche ne se modifie plus.';
const TAKEN = 'Cette adresse est déjà inscrite à l’événement : ouvrez la fiche de cette personne depuis la liste.';

export function fullMessage(capacity: number): string {
  return `L’événement est complet (jauge : ${plural(capacity, { one: 'place', other: 'places' })}) : cochez « Inscrire au-delà de la jauge » pour inscrire cette personne quand même.`;
}

type Author = { authorId: string | null; byParticipant: boolean };

/** What the history shows of a registration now. */
export async function participantSnapshot(tx: Tx, registrationId: string): Promise<ParticipantSnapshot> {
  const row = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      name: true,
      email: true,
      organisation: true,
      category: true,
      isSpeaker: true,
      accessibilityNeeds: true,
      days: true,
      sessions: { where: { status: { not: 'CANCELLED' } }, select: { status: true, session: { select: { title: true } } } },
    },
  });
  return {
    name: row.name,
    email: isPlaceholderEmail(row.email) ? '' : row.email,
    organisation: row.organisation ?? '',
    category: AUDIENCE_CATEGORY_LABELS[toAudienceCategory(row.category)],
    isSpeaker: row.isSpeaker ? 'oui' : 'non',
    accessibilityNeeds: row.accessibilityNeeds ?? '',
    days: row.days.length === 0 ? 'tous les jours' : row.days.map(formatDay).join(' ; '),
    sessions: listText(row.sessions.map((entry) => (entry.status === 'WAITING' ? `${entry.session.title} (liste d’attente)` : entry.session.title))),
  };
}

export async function recordChange(tx: Tx, registrationId: string, kind: RegistrationChangeKind, author: Author, changes: FieldChange[]): Promise<void> {
  await tx.registrationChange.create({ data: { registrationId, kind, changes, ...author } });
}

const EMPTY: ParticipantSnapshot = { name: '', email: '', organisation: '', category: '', isSpeaker: 'non', accessibilityNeeds: '', days: '', sessions: '' };

async function assertAddressFree(tx: Tx, eventId: string, email: string, except?: string): Promise<void> {
  const existing = await tx.registration.findUnique({ where: { eventId_email: { eventId, email } }, select: { id: true } });
  if (existing && existing.id !== except) throw new FieldError('email', TAKEN);
}

/** Whether an e-mail about this registration may go: asked, a real address, an event not over. */
function mayEmail(event: LockedEvent, email: string, asked: boolean): boolean {
  return asked && !isPlaceholderEmail(email) && mayEmailRegistrants(event.mail, new Date());
}

export async function addParticipant(tx: Tx, input: z.output<typeof addParticipantSchema>, authorId: string) {
  const event = await lockEvent(tx, input.eventId);
  const email = input.email === '' ? walkInEmail(randomUUID()) : input.email;
  await assertAddressFree(tx, event.id, email);
  const days = await attendanceDaysToStore(tx, event.id, input.days);
  const sessions = await lockSessions(tx, event.id, input.sessionIds);
  if (event.capacity !== null && !input.overCapacity) {
    const confirmed = await tx.registration.count({ where: { eventId: event.id, status: 'CONFIRMED' } });
    if (confirmed >= event.capacity) throw new FieldError('overCapacity', fullMessage(event.capacity));
  }
  const now = new Date();
  const { token, tokenHash } = newToken();
  const registration = await tx.registration.create({
    data: {
      eventId: event.id,
      email,
      name: input.name,
      organisation: input.organisation || null,
      category: input.category,
      isSpeaker: input.isSpeaker,
      accessibilityNeeds: input.accessibilityNeeds || null,
      days: days ?? [],
      status: 'CONFIRMED',
      tokenHash,
      // Recorded by the organisers, who collected the details (paper list, their own form).
      consentAt: now,
      source: ORGANISER_SOURCE,
      registeredAt: now,
    },
    select: { id: true, status: true },
  });
  for (const session of sessions) await joinSession(tx, session, registration);
  await emitRegistration(tx, 'registration.created', event, registration.id, now);
  const emailed = mayEmail(event, email, input.notify);
  if (emailed) await sendRegistrationEmail(tx, event, registration.id, { token, updated: false });
  await recordChange(tx, registration.id, 'created', { authorId, byParticipant: false }, diffParticipant(EMPTY, await participantSnapshot(tx, registration.id)));
  return { registrationId: registration.id, emailed };
}

/** The event locked and one of its registrations (not anonymised); anything else is "not found". */
export async function openRegistration(tx: Tx, eventId: string, registrationId: string) {
  const event = await lockEvent(tx, eventId);
  const registration = await tx.registration.findFirst({
    where: { id: registrationId, eventId },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      anonymisedAt: true,
      sessions: { where: { status: { not: 'CANCELLED' } }, select: { sessionId: true } },
    },
  });
  if (!registration) throw notFound('Cette personne');
  if (registration.anonymisedAt) throw new SafeError(ANONYMISED, 'conflict');
  return { event, registration };
}

export async function updateParticipant(tx: Tx, input: z.output<typeof updateParticipantSchema>, authorId: string) {
  const { event, registration } = await openRegistration(tx, input.eventId, input.registrationId);
  const before = await participantSnapshot(tx, registration.id);
  const email = input.email === '' ? (isPlaceholderEmail(registration.email) ? registration.email : walkInEmail(randomUUID())) : input.email;
  if (email !== registration.email) await assertAddressFree(tx, event.id, email, registration.id);
  const days = await attendanceDaysToStore(tx, event.id, input.days);
  const current = new Set(registration.sessions.map((entry) => entry.sessionId));
  const added = input.sessionIds.filter((id) => !current.has(id));
  const removed = [...current].filter((id) => !input.sessionIds.includes(id));
  if (added.length > 0 && registration.status === 'CANCELLED') {
    throw new FieldError('sessionIds', 'Cette inscription est annulée : elle ne peut pas prendre de place dans une séance.');
  }
  const addedSessions = await lockSessions(tx, event.id, added);
  await tx.registration.update({
    where: { id: registration.id },
    data: {
      name: input.name,
      email,
      organisation: input.organisation || null,
      category: input.category,
      isSpeaker: input.isSpeaker,
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
  if (changes.length > 0) await recordChange(tx, registration.id, 'updated', { authorId, byParticipant: false }, changes);
  return { registrationId: registration.id, changed: changes.length };
}

export async function cancelParticipant(tx: Tx, input: { eventId: string; registrationId: string; notify: boolean }, authorId: string) {
  const { event, registration } = await openRegistration(tx, input.eventId, input.registrationId);
  if (registration.status === 'CANCELLED') return { registrationId: registration.id, emailed: false };
  const cancelledAt = new Date();
  await tx.registration.update({ where: { id: registration.id }, data: { status: 'CANCELLED', rank: null, cancelledAt } });
  const left = await leaveSessions(tx, registration.id, registration.sessions.map((entry) => entry.sessionId));
  const promotions = await refill(tx, event, left);
  const emailed = mayEmail(event, registration.email, input.notify);
  if (emailed) await sendCancellationEmail(tx, event, registration);
  await sendPromotionEmails(tx, event, promotions);
  await emitRegistration(tx, 'registration.cancelled', event, registration.id, cancelledAt);
  await emitPromotions(tx, event, promotions, cancelledAt);
  await recordChange(tx, registration.id, 'cancelled', { authorId, byParticipant: false }, []);
  return { registrationId: registration.id, emailed };
}
