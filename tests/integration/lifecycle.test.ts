import { describe, expect, it } from 'vitest';
import { runAsCaller } from '@/lib/server/current-user';
import { getEventLifecycle } from '@/lib/server/queries/lifecycle';
import { getTaskBoard } from '@/lib/server/queries/tasks';
import { getThisWeekOfCurrentOrganisation } from '@/lib/server/queries/this-week';
import { createEvent, createUser } from '@/tests/factories';
import { createBudgetLine } from '@/tests/factories/budget';
import { createDay, createSession } from '@/tests/factories/programme';
import { createTask } from '@/tests/factories/tasks';
import { testDb } from '@/tests/support/db';

/** An organiser and their event of Thursday 11 February 2027. */
async function scene() {
  const db = testDb();
  const admin = await createUser(db, { role: 'ADMIN' });
  const event = await createEvent(db, {
    ownerOrganisationId: admin.organisationId,
    startsAt: new Date('2027-02-11T08:30:00Z'),
    endsAt: new Date('2027-02-11T16:00:00Z'),
  });
  const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
  return { db, admin, event, as };
}

describe('event lifecycle', () => {
  it('reads the stage and the next actions from the event data', async () => {
    const { db, event, as } = await scene();
    const fresh = await as(() => getEventLifecycle(event.id, '2027-01-04'));
    expect(fresh.current).toBe('DIAGNOSTIQUER');
    expect(fresh.nextActions.map((a) => a.href)).toEqual(['/diagnostic', `/evenements/${event.id}/programme`, `/evenements/${event.id}/budget`]);

    const day = await createDay(db, { eventId: event.id, date: '2027-02-11' });
    await createSession(db, { eventId: event.id, day });
    await createBudgetLine(db, { eventId: event.id });
    await db.event.update({ where: { id: event.id }, data: { level: 2, status: 'PUBLISHED', publishedAt: new Date() } });
    const published = await as(() => getEventLifecycle(event.id, '2027-01-04'));
    expect(published.stages.map((s) => s.status)).toEqual(['done', 'done', 'done', 'current', 'upcoming', 'upcoming']);
    expect(published.nextActions.map((a) => a.key)).toEqual(['suivre-inscriptions', 'taches']);

    const after = await as(() => getEventLifecycle(event.id, '2027-02-15'));
    expect(after.current).toBe('ACCUEILLIR');
    expect(after.nextActions.map((a) => a.key)).toEqual(['pointer', 'bilan']);
  });

  it('is refused to someone outside the event', async () => {
    const { db, event } = await scene();
    const outsider = await createUser(db);
    await expect(runAsCaller({ userId: outsider.id }, () => getEventLifecycle(event.id, '2027-01-04'))).rejects.toThrow('introuvable');
  });
});

describe('tasks the data proves done', () => {
  it('shows « Construire le programme » done once sessions exist, without writing it', async () => {
    const { db, event, as } = await scene();
    const task = await createTask(db, {
      eventId: event.id,
      key: 'programme-contenus',
      title: 'Construire le programme',
      offsetDays: -75,
      dueDate: '2026-11-27',
    });
    const before = await as(() => getTaskBoard(event.id, '2027-01-04'));
    expect(before.tasks[0]).toMatchObject({ done: false, doneBecause: null, overdue: true });

    const day = await createDay(db, { eventId: event.id, date: '2027-02-11' });
    await createSession(db, { eventId: event.id, day });
    await createSession(db, { eventId: event.id, day, from: '11:00', to: '12:00' });
    const after = await as(() => getTaskBoard(event.id, '2027-01-04'));
    expect(after.tasks[0]).toMatchObject({ done: true, doneBecause: 'Le programme compte 2 séances.', overdue: false });
    // Read time only: the stored task is untouched.
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id }, select: { done: true, doneAt: true } })).toEqual({ done: false, doneAt: null });
    // No longer late on the dashboard either.
    const week = await as(() => getThisWeekOfCurrentOrganisation('2027-01-04'));
    expect(week.events.find((e) => e.eventId === event.id)).toBeUndefined();
  });

  it('leaves hand-made tasks and tasks ticked by hand alone', async () => {
    const { db, event, as } = await scene();
    await createTask(db, { eventId: event.id, title: 'Construire le programme' });
    await createTask(db, { eventId: event.id, key: 'bilan-partage', done: true, dueDate: '2027-03-15' });
    const day = await createDay(db, { eventId: event.id, date: '2027-02-11' });
    await createSession(db, { eventId: event.id, day });
    const board = await as(() => getTaskBoard(event.id, '2027-01-04'));
    expect(board.tasks.map((t) => [t.done, t.doneBecause])).toEqual([
      [false, null],
      [true, null],
    ]);
  });
});
