import 'server-only';
import { randomUUID } from 'node:crypto';
import { dueDate } from '@/lib/domain/community/due-dates';
import { shiftEventDates } from '@/lib/domain/events/duplicate';
import { parisDay, parisWallClockToUtc } from '@/lib/domain/dates';
import type { Tx } from '@/lib/server/db';

/*
 * What a new edition takes from a past event: the programme's shape (rooms, speakers, sessions and
 * who speaks where), the planned budget and the task list, every date moved by the same number of
 * days (shiftEventDates). What belonged to the past edition stays there: registrations, actual
 * amounts and payments, cancellations (a cancelled session comes back planned), ticked tasks.
 */
export async function copyEventContents(
  tx: Tx,
  sourceId: string,
  target: { id: string; days: readonly { id: string; date: string }[] },
): Promise<void> {
  const source = await tx.event.findUniqueOrThrow({
    where: { id: sourceId },
    select: {
      startsAt: true,
      endsAt: true,
      days: { select: { date: true, startsAt: true, endsAt: true } },
      rooms: { omit: { eventId: true } },
      speakers: { omit: { eventId: true, linkTokenHash: true, linkCreatedAt: true, confirmedAt: true, reminderSentAt: true } },
      sessions: { omit: { eventId: true, createdAt: true, updatedAt: true } },
      budgetLines: { omit: { id: true, eventId: true, createdAt: true, updatedAt: true } },
      tasks: { omit: { id: true, eventId: true, createdAt: true } },
    },
  });
  const firstDay = target.days[0]?.date;
  const lastDay = target.days[target.days.length - 1]?.date;
  if (!firstDay || !lastDay) throw new Error('Un événement a au moins une journée.');
  const shifted = shiftEventDates(
    { ...source, tasks: source.tasks.map((task) => ({ ...task, dueAt: parisWallClockToUtc(task.dueDate, '12:00') })) },
    firstDay,
  );

  const eventId = target.id;
  const newId = new Map<string, string>();
  const idFor = (oldId: string | null) => (oldId === null ? null : (newId.get(oldId) ?? null));
  for (const row of [...source.rooms, ...source.speakers, ...source.sessions]) newId.set(row.id, randomUUID());
  const dayByDate = new Map(target.days.map((day) => [day.date, day.id]));

  await tx.room.createMany({ data: source.rooms.map((room) => ({ ...room, id: idFor(room.id)!, eventId })) });
  await tx.speaker.createMany({ data: source.speakers.map((speaker) => ({ ...speaker, id: idFor(speaker.id)!, eventId })) });
  await tx.session.createMany({
    data: shifted.sessions.map((session) => ({
      ...session,
      id: idFor(session.id)!,
      eventId,
      dayId: dayByDate.get(parisDay(session.startsAt)) ?? null,
      roomId: idFor(session.roomId),
      status: 'PLANNED' as const,
      cancelReason: null,
      version: 1,
    })),
  });
  const links = await tx.sessionSpeaker.findMany({ where: { session: { eventId: sourceId } } });
  await tx.sessionSpeaker.createMany({
    data: links.map((link) => ({ sessionId: idFor(link.sessionId)!, speakerId: idFor(link.speakerId)!, role: link.role })),
  });
  await tx.budgetLine.createMany({
    data: source.budgetLines.map((line) => ({
      ...line,
      eventId,
      actualCents: null,
      explanation: null,
      paymentReference: null,
      paymentMonth: null,
      version: 1,
    })),
  });
  await tx.task.createMany({
    data: shifted.tasks.map(({ dueAt, ...task }) => ({
      ...task,
      eventId,
      // J-x tasks follow the community rule (weekends moved); hand-dated ones move by whole days.
      dueDate: task.offsetDays === null ? parisDay(dueAt!) : dueDate(task.offsetDays, firstDay, lastDay),
      done: false,
      doneAt: null,
    })),
  });
}
