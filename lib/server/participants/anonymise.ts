import 'server-only';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { ANONYMISED_NAME, anonymisedEmail, isRetentionOver, retentionLastDay } from '@/lib/domain/registrations/personal-data';
import { db, type Tx } from '@/lib/server/db';
import { newToken } from '@/lib/server/tokens';

/**
 * Erases the identity of registrations and keeps what the figures count: category, status,
 * speaker/walk-in flags, dates and attendance. The personal link stops working (new token
 * hash) and the e-mails sent to these people leave the outbox.
 */
export async function anonymiseRegistrations(tx: Tx, eventId: string, registrationIds: readonly string[], now: Date): Promise<number> {
  if (registrationIds.length === 0) return 0;
  const people = await tx.registration.findMany({
    where: { eventId, id: { in: [...registrationIds] }, anonymisedAt: null },
    select: { id: true, email: true },
  });
  const claimed: typeof people = [];
  for (const person of people) {
    // Conditional on anonymisedAt still null: a concurrent run that got here first is not counted twice.
    const { count } = await tx.registration.updateMany({
      where: { id: person.id, anonymisedAt: null },
      data: {
        name: ANONYMISED_NAME,
        email: anonymisedEmail(person.id),
        organisation: null,
        accessibilityNeeds: null,
        tokenHash: newToken().tokenHash,
        resentTokenHash: null,
        anonymisedAt: now,
      },
    });
    if (count > 0) claimed.push(person);
  }
  if (claimed.length > 0) {
    // The history holds the identity as it was typed: it goes with it.
    await tx.registrationChange.deleteMany({ where: { registrationId: { in: claimed.map((person) => person.id) } } });
    await tx.outboxEmail.deleteMany({ where: { eventId, to: { in: claimed.map((person) => person.email) } } });
  }
  return claimed.length;
}

/** One update per person: a large event needs more than the default five seconds. */
export const ANONYMISE_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

export type RetentionState = { lastEventDay: string | null; keptUntil: string | null; over: boolean };

/** When an event's participants are due for anonymisation, from its last day and its setting. */
export function retentionState(event: { startsAt: Date; endsAt: Date; retentionMonths: number; dayDates: string[] }, now: Date): RetentionState {
  const lastEventDay = eventCalendarDays({ dayDates: event.dayDates, startsAt: event.startsAt, endsAt: event.endsAt }).at(-1) ?? null;
  if (lastEventDay === null) return { lastEventDay, keptUntil: null, over: false };
  return {
    lastEventDay,
    keptUntil: retentionLastDay(lastEventDay, event.retentionMonths),
    over: isRetentionOver(lastEventDay, event.retentionMonths, now),
  };
}

export async function anonymiseEventIfExpired(tx: Tx, eventId: string, now: Date): Promise<number> {
  // The event's row lock (the one registration writes take): two runs of the retention job, or the
  // job and the button, work one after the other; the second finds nobody left.
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { startsAt: true, endsAt: true, retentionMonths: true, days: { select: { date: true } } },
  });
  if (!retentionState({ ...event, dayDates: event.days.map((day) => day.date) }, now).over) return 0;
  const remaining = await tx.registration.findMany({ where: { eventId, anonymisedAt: null }, select: { id: true } });
  return anonymiseRegistrations(tx, eventId, remaining.map((registration) => registration.id), now);
}

/**
 * The retention job: every event whose last day plus its retention has passed gets its remaining
 * participants anonymised, one transaction per event. No caller to authorize: a scheduled job
 * (pg-boss) runs it, never a person.
 */
export async function anonymiseExpiredParticipants(now: Date): Promise<{ events: number; participants: number }> {
  // Only events already over, with someone left to anonymise, can be due.
  const candidates = await db().event.findMany({
    where: { endsAt: { lt: now }, registrations: { some: { anonymisedAt: null } } },
    select: { id: true },
  });
  let events = 0;
  let participants = 0;
  for (const { id } of candidates) {
    const count = await db().$transaction((tx) => anonymiseEventIfExpired(tx, id, now), ANONYMISE_TRANSACTION);
    if (count > 0) [events, participants] = [events + 1, participants + count];
  }
  return { events, participants };
}
