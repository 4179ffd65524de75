import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '@/lib/domain/community';
import { createDefaultCommunicationPlanAction, setCommunicationActionStatusAction } from '@/lib/server/actions/communication';
import { saveIndicatorValuesAction } from '@/lib/server/actions/indicators';
import { applyTaskTemplateAction, createTaskAction, setTaskDoneAction, updateTaskAction } from '@/lib/server/actions/tasks';
import { runAsCaller } from '@/lib/server/current-user';
import { getIndicatorBoard } from '@/lib/server/queries/indicators';
import { getTaskBoard } from '@/lib/server/queries/tasks';
import { getThisWeekOfCurrentOrganisation } from '@/lib/server/queries/this-week';
import { createEvent, createUser } from '@/tests/factories';
import { createDay } from '@/tests/factories/programme';
import { createTask } from '@/tests/factories/tasks';
import { testDb } from '@/tests/support/db';

/** An organiser and their event of Thursday 11 and Friday 12 February 2027. */
async function scene() {
  const db = testDb();
  const admin = await createUser(db, { role: 'ADMIN' });
  const event = await createEvent(db, {
    ownerOrganisationId: admin.organisationId,
    startsAt: new Date('2027-02-11T08:30:00Z'),
    endsAt: new Date('2027-02-12T16:00:00Z'),
  });
  const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
  return { db, admin, event, as };
}

const manualTask = { title: 'Réserver le traiteur', stage: 'ENGAGER', phase: 'AVANT', schedule: 'offset', offset: 'J-30', date: '', assignee: '' } as const;

describe('task templates', () => {
  it('applying a template twice adds its tasks once', async () => {
    const { db, event, as } = await scene();
    const expected = TEMPLATES.rezolutions.taskKeys.length;
    expect(await as(() => applyTaskTemplateAction({ eventId: event.id, templateId: 'rezolutions' }))).toEqual({ ok: true, data: { added: expected } });
    expect(await as(() => applyTaskTemplateAction({ eventId: event.id, templateId: 'rezolutions' }))).toEqual({ ok: true, data: { added: 0 } });
    expect(await db.task.count({ where: { eventId: event.id } })).toBe(expected);
    // Two clicks at once: the unique (eventId, key) index keeps a single copy.
    const other = await createEvent(db, { ownerOrganisationId: event.ownerOrganisationId });
    await Promise.all([1, 2].map(() => as(() => applyTaskTemplateAction({ eventId: other.id, templateId: 'nec-local' }))));
    expect(await db.task.count({ where: { eventId: other.id } })).toBe(TEMPLATES['nec-local'].taskKeys.length);
  });

  it('a second template skips the tasks it shares with the first', async () => {
    const { db, event, as } = await scene();
    await as(() => applyTaskTemplateAction({ eventId: event.id, templateId: 'rezolutions' }));
    const result = await as(() => applyTaskTemplateAction({ eventId: event.id, templateId: 'communaute' }));
    // « questionnaire-satisfaction » is in both.
    expect(result).toEqual({ ok: true, data: { added: TEMPLATES.communaute.taskKeys.length - 1 } });
    expect(await db.task.count({ where: { eventId: event.id, key: 'questionnaire-satisfaction' } })).toBe(1);
  });

  it('stores due dates from the first day before, the last day after, weekends moved', async () => {
    const { db, event, as } = await scene();
    await as(() => applyTaskTemplateAction({ eventId: event.id, templateId: 'rezolutions' }));
    const rows = await db.task.findMany({ where: { eventId: event.id }, select: { key: true, offsetDays: true, dueDate: true, phase: true } });
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(byKey['filage']).toEqual({ key: 'filage', offsetDays: -7, dueDate: '2027-02-04', phase: 'AVANT' });
    expect(byKey['live-reseaux']).toMatchObject({ dueDate: '2027-02-11', phase: 'PENDANT' });
    // J+2 from Friday 12 is Sunday 14: moved to Monday 15.
    expect(byKey['merci-intervenants']).toMatchObject({ offsetDays: 2, dueDate: '2027-02-15', phase: 'APRES' });
    // J-110 from Thursday 11 February is Saturday 24 October: moved to Friday 23.
    expect(byKey['vision-commune']).toMatchObject({ dueDate: '2026-10-23' });
  });

  it('takes the programme days when the event has some', async () => {
    const { db, event, as } = await scene();
    for (const date of ['2027-02-11', '2027-02-12', '2027-02-13']) await createDay(db, { eventId: event.id, date });
    await as(() => applyTaskTemplateAction({ eventId: event.id, templateId: 'rezolutions' }));
    const thanks = await db.task.findFirstOrThrow({ where: { eventId: event.id, key: 'merci-intervenants' } });
    expect(thanks.dueDate).toBe('2027-02-15');
    const resources = await db.task.findFirstOrThrow({ where: { eventId: event.id, key: 'remonter-ressources' } });
    expect(resources.dueDate).toBe('2027-03-08'); // J+21 from Saturday 13 February, a Saturday: Monday 8 March.
  });
});

describe('tasks by hand', () => {
  it('creates a task at J-30 or at a fixed date, and its due date follows the event on the next save', async () => {
    const { db, event, as } = await scene();
    const relative = await as(() => createTaskAction({ ...manualTask, eventId: event.id }));
    const fixed = await as(() => createTaskAction({ ...manualTask, schedule: 'date', date: '2027-01-03', offset: '', eventId: event.id }));
    if (!relative.ok || !fixed.ok) throw new Error('création refusée');
    expect(await db.task.findUniqueOrThrow({ where: { id: relative.data.id } })).toMatchObject({ key: null, offsetDays: -30, dueDate: '2027-01-12' });
    expect(await db.task.findUniqueOrThrow({ where: { id: fixed.data.id } })).toMatchObject({ offsetDays: null, dueDate: '2027-01-03' });

    await db.event.update({ where: { id: event.id }, data: { startsAt: new Date('2027-03-11T08:30:00Z'), endsAt: new Date('2027-03-11T16:00:00Z') } });
    const board = await as(() => getTaskBoard(event.id, '2027-01-01'));
    expect(board.tasks.map((task) => [task.title, task.offsetLabel, task.dueDate])).toEqual([
      ['Réserver le traiteur', 'J-67', '2027-01-03'],
      ['Réserver le traiteur', 'J-30', '2027-02-09'],
    ]);
    await as(() => updateTaskAction({ ...manualTask, taskId: relative.data.id }));
    expect((await db.task.findUniqueOrThrow({ where: { id: relative.data.id } })).dueDate).toBe('2027-02-09');
  });

  it.each([
    ['an empty title', { title: ' ' }, 'title'],
    ['an offset out of J-120…J+30', { offset: 'J-200' }, 'offset'],
    ['an unreadable offset', { offset: 'dans un mois' }, 'offset'],
    ['an impossible date', { schedule: 'date', date: '2027-02-30' }, 'date'],
    ['an unknown stage', { stage: 'RÊVER' }, 'stage'],
  ] as const)('writes nothing with %s', async (_what, change, field) => {
    const { db, event, as } = await scene();
    const result = await as(() => createTaskAction({ ...manualTask, ...change, eventId: event.id } as never));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    expect(await db.task.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('gives a task only to an organiser organisation or one of its members', async () => {
    const { db, admin, event, as } = await scene();
    const stranger = await createUser(db);
    const refused = await as(() =>
      createTaskAction({ ...manualTask, eventId: event.id, assignee: `user:${stranger.organisationId}:${stranger.id}` }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { assignee: [expect.stringContaining('organisateurs')] } });
    const smuggled = await as(() => createTaskAction({ ...manualTask, eventId: event.id, assignee: `user:${admin.organisationId}:${stranger.id}` }));
    expect(smuggled.ok).toBe(false);
    expect(await db.task.count({ where: { eventId: event.id } })).toBe(0);

    const given = await as(() => createTaskAction({ ...manualTask, eventId: event.id, assignee: `user:${admin.organisationId}:${admin.id}` }));
    expect(given.ok).toBe(true);
    const board = await as(() => getTaskBoard(event.id, '2027-01-01'));
    expect(board.tasks[0]?.assigneeLabel).toBe(`${admin.name} (${board.assignees[0]?.organisationName})`);
  });

  it('ticks and unticks a task', async () => {
    const { db, event, as } = await scene();
    const task = await createTask(db, { eventId: event.id });
    expect(await as(() => setTaskDoneAction({ taskId: task.id, done: true }))).toMatchObject({ ok: true });
    const done = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(done.done).toBe(true);
    expect(done.doneAt).toBeInstanceOf(Date);
    await as(() => setTaskDoneAction({ taskId: task.id, done: false }));
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ done: false, doneAt: null });
  });

  it('refuses an unknown task and a member of another organisation', async () => {
    const { db, event } = await scene();
    const task = await createTask(db, { eventId: event.id });
    const outsider = await createUser(db);
    const asOutsider = <T>(fn: () => Promise<T>) => runAsCaller({ userId: outsider.id, organisationId: event.ownerOrganisationId }, fn);
    expect(await asOutsider(() => setTaskDoneAction({ taskId: task.id, done: true }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await asOutsider(() => setTaskDoneAction({ taskId: randomUUID(), done: true }))).toMatchObject({ ok: false, code: 'not-found' });
    await expect(asOutsider(() => getTaskBoard(event.id, '2027-01-01'))).rejects.toThrow('introuvable');
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).done).toBe(false);
  });
});

describe('this week', () => {
  it('lists, per event, the tasks due Monday to Sunday and the late ones', async () => {
    const { db, admin, event, as } = await scene();
    await createTask(db, { eventId: event.id, title: 'Lundi', dueDate: '2027-01-11' });
    await createTask(db, { eventId: event.id, title: 'Dimanche, faite', dueDate: '2027-01-17', done: true });
    await createTask(db, { eventId: event.id, title: 'En retard', dueDate: '2027-01-04' });
    await createTask(db, { eventId: event.id, title: 'Retard fait', dueDate: '2027-01-04', done: true });
    await createTask(db, { eventId: event.id, title: 'Plus tard', dueDate: '2027-01-18' });
    const quiet = await createEvent(db, { ownerOrganisationId: admin.organisationId });
    await createTask(db, { eventId: quiet.id, dueDate: '2027-02-01' });

    const week = await as(() => getThisWeekOfCurrentOrganisation('2027-01-13'));
    expect(week).toMatchObject({ monday: '2027-01-11', sunday: '2027-01-17' });
    expect(week.events.map((e) => [e.title, e.thisWeek.map((t) => t.title), e.overdue.map((t) => t.title)])).toEqual([
      [event.title, ['Lundi', 'Dimanche, faite'], ['En retard']],
    ]);
  });
});

describe('communication plan', () => {
  it('creates the J-30, J-15 and J-7 mailings once, and never brings a cancelled one back', async () => {
    const { db, event, as } = await scene();
    expect(await as(() => createDefaultCommunicationPlanAction({ eventId: event.id }))).toEqual({ ok: true, data: { added: 3 } });
    const rows = await db.communicationAction.findMany({ where: { eventId: event.id }, orderBy: { date: 'asc' } });
    expect(rows.map((row) => [row.title, row.channel, row.offsetDays, row.date, row.status])).toEqual([
      ['Mailing J-30', 'NEWSLETTER', -30, '2027-01-12', 'PLANNED'],
      ['Mailing J-15', 'NEWSLETTER', -15, '2027-01-27', 'PLANNED'],
      ['Mailing J-7', 'NEWSLETTER', -7, '2027-02-04', 'PLANNED'],
    ]);
    await as(() => setCommunicationActionStatusAction({ actionId: rows[1]!.id, status: 'CANCELLED' }));
    expect(await as(() => createDefaultCommunicationPlanAction({ eventId: event.id }))).toEqual({ ok: true, data: { added: 0 } });
    await Promise.all([1, 2].map(() => as(() => createDefaultCommunicationPlanAction({ eventId: event.id }))));
    expect(await db.communicationAction.count({ where: { eventId: event.id } })).toBe(3);
  });
});

describe('indicators', () => {
  it('upserts a hand-entered value, erases an emptied one, refuses computed ones', async () => {
    const { db, event, as } = await scene();
    expect(await as(() => saveIndicatorValuesAction({ eventId: event.id, 'bounce-rate': '12,5', likes: '40' }))).toMatchObject({ ok: true });
    await as(() => saveIndicatorValuesAction({ eventId: event.id, 'bounce-rate': '13' }));
    const values = await db.indicatorValue.findMany({ where: { eventId: event.id }, orderBy: { key: 'asc' }, select: { key: true, value: true } });
    expect(values).toEqual([
      { key: 'bounce-rate', value: 13 },
      { key: 'likes', value: 40 },
    ]);
    await as(() => saveIndicatorValuesAction({ eventId: event.id, likes: '' }));
    expect(await db.indicatorValue.count({ where: { eventId: event.id } })).toBe(1);

    for (const bad of [{ 'no-show': '10' }, { 'bounce-rate': '150' }, { likes: '2,5' }, { likes: 'beaucoup' }]) {
      const result = await as(() => saveIndicatorValuesAction({ eventId: event.id, ...bad }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { [Object.keys(bad)[0]!]: [expect.any(String)] } });
    }
    expect(await db.indicatorValue.findMany({ where: { eventId: event.id }, select: { key: true, value: true } })).toEqual([
      { key: 'bounce-rate', value: 13 },
    ]);
  });

  it('computes no-show from Trame’s registrations and attendance, and says when it cannot', async () => {
    const { db, event, as } = await scene();
    const noShow = async () =>
      (await as(() => getIndicatorBoard(event.id, '2027-03-01'))).flatMap((s) => s.indicators).find((i) => i.id === 'no-show')!;
    expect((await noShow()).unavailable).toContain('inscriptions seront ouvertes');

    for (let i = 0; i < 5; i += 1) {
      const registration = await db.registration.create({
        data: {
          eventId: event.id,
          email: `p${i}@exemple.fr`,
          name: `P ${i}`,
          category: 'AUTRE',
          status: 'CONFIRMED',
          tokenHash: randomUUID(),
          consentAt: new Date(),
          registeredAt: new Date('2027-01-10T10:00:00Z'),
        },
      });
      for (const date of ['2027-02-11', '2027-02-12']) {
        await db.attendance.create({ data: { registrationId: registration.id, date, status: i === 0 ? 'ABSENT' : 'PRESENT' } });
      }
    }
    const figure = await noShow();
    expect(figure.computed).toEqual({
      lines: ['jeudi 11 février 2027 : 20\u00a0% (1 sur 5)', 'vendredi 12 février 2027 : 20\u00a0% (1 sur 5)'],
      status: 'not-met',
    });
    expect(figure.thresholdLabel).toBe('Moins de 20\u00a0%');
  });
});
