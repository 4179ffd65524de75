import 'server-only';
import { dueDate } from '@/lib/domain/community/due-dates';
import { firstDayOf, shiftEventDates } from '@/lib/domain/events/duplicate';
import type { Tx } from '@/lib/server/db';
import type { PlannedDay } from './record-data';

type Interval = { id: string; startsAt: Date; endsAt: Date };

/*
 * Moving an event's days on edit. Day n of the form takes the place of the event's day n (ids kept,
 * so sessions stay attached to "day 2") and its sessions move with it by whole days at the same Paris
 * time (shiftEventDates, DST included); sessions without a day move with the first day. Removed days
 * leave their sessions without a day, which the programme then flags as outside the event. J-x tasks
 * and mailings follow the new first and last days.
 */
export async function rescheduleEvent(tx: Tx, eventId: string, planned: readonly PlannedDay[]): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      startsAt: true,
      endsAt: true,
      days: { select: { id: true, date: true, startsAt: true, endsAt: true }, orderBy: { date: 'asc' } },
      sessions: { select: { id: true, dayId: true, startsAt: true, endsAt: true } },
    },
  });
  const first = planned[0];
  const last = planned[planned.length - 1];
  if (!first || !last) throw new Error('Un événement a au moins une journée.');
  const unchanged =
    event.days.length === planned.length &&
    event.days.every((day, i) => day.date === planned[i]?.date && sameInstant(day.startsAt, planned[i].startsAt) && sameInstant(day.endsAt, planned[i].endsAt));
  if (unchanged) return;

  const kept = event.days.slice(0, planned.length);
  const moved: Interval[] = [];
  for (const [index, day] of kept.entries()) {
    const own = event.sessions.filter((session) => session.dayId === day.id);
    moved.push(...shiftEventDates({ ...day, days: [day], sessions: own, tasks: [] }, planned[index]!.date).sessions);
  }
  const keptIds = new Set(kept.map((day) => day.id));
  const loose = event.sessions.filter((session) => !session.dayId || !keptIds.has(session.dayId));
  moved.push(...shiftEventDates({ ...event, sessions: loose, tasks: [] }, first.date).sessions);

  await tx.eventDay.deleteMany({ where: { id: { in: event.days.slice(planned.length).map((day) => day.id) } } });
  // Two steps, because (eventId, date) is unique and days may move past one another.
  for (const day of kept) await tx.eventDay.update({ where: { id: day.id }, data: { date: `moving-${day.id}` } });
  for (const [index, day] of kept.entries()) await tx.eventDay.update({ where: { id: day.id }, data: planned[index]! });
  await tx.eventDay.createMany({ data: planned.slice(kept.length).map((day) => ({ ...day, eventId })) });

  const original = new Map(event.sessions.map((session) => [session.id, session]));
  for (const session of moved) {
    if (sameInstant(original.get(session.id)?.startsAt, session.startsAt)) continue;
    // A moved session is a new version: an edit opened before the move is then refused as stale.
    await tx.session.update({
      where: { id: session.id },
      data: { startsAt: session.startsAt, endsAt: session.endsAt, version: { increment: 1 } },
    });
  }
  // Public pages and calendar feeds follow programmeVersion.
  await tx.event.update({ where: { id: eventId }, data: { programmeVersion: { increment: 1 } } });
  if (firstDayOf(event) !== first.date || event.days.at(-1)?.date !== last.date) {
    await recomputeRelativeDates(tx, eventId, first.date, last.date);
  }
}

function sameInstant(a: Date | undefined, b: Date | undefined): boolean {
  return a?.getTime() === b?.getTime();
}

/** Tasks and mailings written as J-x get their dates again from the (new) first and last days. */
async function recomputeRelativeDates(tx: Tx, eventId: string, firstDay: string, lastDay: string): Promise<void> {
  const tasks = await tx.task.findMany({ where: { eventId, offsetDays: { not: null } }, select: { id: true, offsetDays: true, dueDate: true } });
  for (const task of tasks) {
    const date = dueDate(task.offsetDays!, firstDay, lastDay);
    if (date !== task.dueDate) await tx.task.update({ where: { id: task.id }, data: { dueDate: date } });
  }
  const actions = await tx.communicationAction.findMany({
    where: { eventId, offsetDays: { not: null } },
    select: { id: true, offsetDays: true, date: true },
  });
  for (const action of actions) {
    const date = dueDate(action.offsetDays!, firstDay, lastDay);
    if (date !== action.date) await tx.communicationAction.update({ where: { id: action.id }, data: { date } });
  }
}
