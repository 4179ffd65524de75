'use server';
import { calendarDaysBetween, shiftParisDays } from '@/lib/domain/dates';
import { dayRemovalRefusal, dayRemovalSummary } from '@/lib/domain/programme/day-removal';
import { instantAt } from '@/lib/domain/programme/time-input';
import { createDaySchema, deleteDaySchema, updateDaySchema } from '@/lib/schemas/programme';
import { eventAction, FieldError, type Revalidate } from '@/lib/server/action';
import { PUBLIC_EVENTS } from '@/lib/server/queries/public-event';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { isUniqueViolation } from '@/lib/server/unique-violation';

const DUPLICATE_DAY = 'Cette journée figure déjà au programme.';

/**
 * Every programme change bumps the event's programmeVersion (public caches and iCalendar follow
 * it), first, so that the event row is locked for the rest of the transaction.
 */
async function touchProgramme(tx: Tx, eventId: string) {
  await tx.event.update({ where: { id: eventId }, data: { programmeVersion: { increment: 1 } }, select: { id: true } });
}

/** The event runs from its first day's opening to its last day's closing. */
async function spanEventOverDays(tx: Tx, eventId: string) {
  const span = await tx.eventDay.aggregate({ where: { eventId }, _min: { startsAt: true }, _max: { endsAt: true } });
  if (!span._min.startsAt || !span._max.endsAt) return;
  await tx.event.update({ where: { id: eventId }, data: { startsAt: span._min.startsAt, endsAt: span._max.endsAt } });
}

function refreshEvent(revalidate: Revalidate, eventId: string) {
  revalidate(`/evenements/${eventId}`, 'layout');
  revalidate(...PUBLIC_EVENTS);
}

/** A day's date must stay unique in the event: the database says so (P2002), shown on the date field. */
async function uniqueDate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError('date', DUPLICATE_DAY);
    throw error;
  }
}

export const createDayAction = eventAction(createDaySchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  const day = await uniqueDate(() =>
    tx.eventDay.create({
      data: {
        eventId: input.eventId,
        date: input.date,
        startsAt: instantAt(input.date, input.startTime),
        endsAt: instantAt(input.date, input.endTime),
      },
      select: { id: true },
    }),
  );
  await spanEventOverDays(tx, input.eventId);
  refreshEvent(revalidate, input.eventId);
  return { id: day.id };
});

/** Moving a day to another date moves its sessions with it, at the same Paris times. */
export const updateDayAction = eventAction(updateDaySchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  const day = await tx.eventDay.findFirst({ where: { id: input.dayId, eventId: input.eventId }, select: { date: true } });
  if (!day) throw notFound('Cette journée');
  const shift = calendarDaysBetween(day.date, input.date);
  if (shift !== 0) {
    const sessions = await tx.session.findMany({ where: { dayId: input.dayId }, select: { id: true, startsAt: true, endsAt: true } });
    for (const session of sessions) {
      await tx.session.update({
        where: { id: session.id },
        data: {
          startsAt: shiftParisDays(session.startsAt, shift),
          endsAt: shiftParisDays(session.endsAt, shift),
          version: { increment: 1 },
        },
      });
    }
  }
  await uniqueDate(() =>
    tx.eventDay.update({
      where: { id: input.dayId },
      data: { date: input.date, startsAt: instantAt(input.date, input.startTime), endsAt: instantAt(input.date, input.endTime) },
    }),
  );
  await spanEventOverDays(tx, input.eventId);
  refreshEvent(revalidate, input.eventId);
  return { id: input.dayId };
});

/**
 * A day something depends on is kept (sessions, attendance, registrations naming it: see
 * lib/domain/programme/day-removal); otherwise it goes, and the answer says what was removed.
 */
export const deleteDayAction = eventAction(deleteDaySchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  const day = await tx.eventDay.findFirst({
    where: { id: input.dayId, eventId: input.eventId },
    select: { date: true, _count: { select: { sessions: true } } },
  });
  if (!day) throw notFound('Cette journée');
  // In turn: one transaction is one connection.
  const attendanceCount = await tx.attendance.count({ where: { date: day.date, registration: { eventId: input.eventId } } });
  const registrationCount = await tx.registration.count({
    where: { eventId: input.eventId, cancelledAt: null, status: { not: 'CANCELLED' }, days: { has: day.date } },
  });
  const refusal = dayRemovalRefusal({ date: day.date, sessionCount: day._count.sessions, attendanceCount, registrationCount });
  if (refusal) throw new SafeError(refusal, 'conflict');
  await tx.eventDay.delete({ where: { id: input.dayId } });
  await spanEventOverDays(tx, input.eventId);
  const remaining = await tx.eventDay.findMany({ where: { eventId: input.eventId }, select: { date: true } });
  refreshEvent(revalidate, input.eventId);
  return { id: input.dayId, summary: dayRemovalSummary(day.date, remaining.map((d) => d.date)) };
});
