import { describe, expect, it } from 'vitest';
import { answerCoOrganiserInvitationAction } from '@/lib/server/actions/co-organisers';
import { createEventAction, updateEventAction } from '@/lib/server/actions/events';
import { requireEventPermission } from '@/lib/server/authz';
import { runAsCaller } from '@/lib/server/current-user';
import { listCoOrganiserInvitations } from '@/lib/server/events/co-organiser-invitations';
import { getEventFormStart } from '@/lib/server/queries/event-form';
import { listEventsOfCurrentOrganisation } from '@/lib/server/queries/events';
import { getTaskBoard } from '@/lib/server/queries/tasks';
import { getThisWeekOfCurrentOrganisation } from '@/lib/server/queries/this-week';
import { createEvent, createOrganisation, createUser } from '@/tests/factories';
import { buildEventInput } from '@/tests/factories/events';
import { createTask } from '@/tests/factories/tasks';
import { testDb } from '@/tests/support/db';

const as = <T>(userId: string, fn: () => Promise<T>, organisationId?: string) => runAsCaller({ userId, organisationId }, fn);

/** An organisation (the "target") whose admin, coordinator and member are known, and another one naming it. */
async function setUp() {
  const target = await createOrganisation(testDb(), { name: `Cible ${crypto.randomUUID().slice(0, 6)}` });
  const targetAdmin = await createUser(testDb(), { organisationId: target.id, role: 'ADMIN', name: 'Alice Cible' });
  const targetCoordinator = await createUser(testDb(), { organisationId: target.id, role: 'COORDINATOR', name: 'Claude Cible' });
  const targetMember = await createUser(testDb(), { organisationId: target.id, role: 'MEMBER', name: 'Maxime Cible' });
  const inviter = await createUser(testDb(), { role: 'COORDINATOR' });
  const result = await as(inviter.id, () => createEventAction({ ...buildEventInput(), coOrganiserNames: target.name }));
  if (!result.ok) throw new Error(result.error);
  return { target, targetAdmin, targetCoordinator, targetMember, inviter, eventId: result.data.eventId };
}

const assigneeNames = async (userId: string, eventId: string) =>
  (await as(userId, () => getTaskBoard(eventId, '2027-01-01'))).assignees.flatMap((group) => [group.organisationName, ...group.members.map((m) => m.name)]);

describe('naming another organisation co-organiser', () => {
  it('only invites it: no access, no listing, none of its people as assignees until it accepts', async () => {
    const { target, targetAdmin, targetMember, inviter, eventId } = await setUp();
    const row = await testDb().eventCoOrganiser.findUniqueOrThrow({ where: { eventId_organisationId: { eventId, organisationId: target.id } } });
    expect(row.status).toBe('PENDING');

    await expect(as(targetMember.id, () => requireEventPermission(eventId, 'event.read'))).rejects.toThrow('introuvable');
    await expect(as(targetAdmin.id, () => getTaskBoard(eventId, '2027-01-01'))).rejects.toThrow('introuvable');
    expect((await as(targetAdmin.id, () => listEventsOfCurrentOrganisation())).map((e) => e.id)).not.toContain(eventId);

    const names = await assigneeNames(inviter.id, eventId);
    expect(names).not.toContain(target.name);
    expect(names).not.toContain('Alice Cible');
    expect(names).not.toContain('Maxime Cible');
  });

  it('is shown to the invited admins and coordinators, who accept: then the event and its people are shared', async () => {
    const { target, targetAdmin, targetCoordinator, targetMember, inviter, eventId } = await setUp();
    expect(await as(targetMember.id, () => listCoOrganiserInvitations())).toEqual([]);
    const invitations = await as(targetCoordinator.id, () => listCoOrganiserInvitations());
    expect(invitations).toEqual([expect.objectContaining({ eventId, organisationId: target.id })]);

    const answered = await as(targetCoordinator.id, () => answerCoOrganiserInvitationAction({ eventId, organisationId: target.id, accept: true }));
    expect(answered).toEqual({ ok: true, data: { accepted: true } });
    await expect(as(targetMember.id, () => requireEventPermission(eventId, 'event.read'))).resolves.toMatchObject({ eventId });
    expect((await as(targetAdmin.id, () => listEventsOfCurrentOrganisation())).map((e) => e.id)).toContain(eventId);
    expect(await assigneeNames(inviter.id, eventId)).toEqual(expect.arrayContaining([target.name, 'Alice Cible', 'Maxime Cible']));
    // Answered once: a second answer finds nothing.
    const again = await as(targetAdmin.id, () => answerCoOrganiserInvitationAction({ eventId, organisationId: target.id, accept: false }));
    expect(again.ok).toBe(false);
  });

  it('stays without access once declined, and editing the event keeps the refusal', async () => {
    const { target, targetAdmin, inviter, eventId } = await setUp();
    expect((await as(targetAdmin.id, () => answerCoOrganiserInvitationAction({ eventId, organisationId: target.id, accept: false }))).ok).toBe(true);
    await expect(as(targetAdmin.id, () => requireEventPermission(eventId, 'event.read'))).rejects.toThrow('introuvable');
    const start = await as(inviter.id, () => getEventFormStart(eventId));
    const saved = await as(inviter.id, () => updateEventAction({ ...start.values, eventId }));
    expect(saved.ok).toBe(true);
    const row = await testDb().eventCoOrganiser.findUniqueOrThrow({ where: { eventId_organisationId: { eventId, organisationId: target.id } } });
    expect(row.status).toBe('DECLINED');
  });

  it('refuses an answer from anyone but the invited organisation’s admins and coordinators', async () => {
    const { target, targetMember, inviter, eventId } = await setUp();
    const byMember = await as(targetMember.id, () => answerCoOrganiserInvitationAction({ eventId, organisationId: target.id, accept: true }));
    const byInviter = await as(inviter.id, () => answerCoOrganiserInvitationAction({ eventId, organisationId: target.id, accept: true }));
    expect([byMember.ok, byInviter.ok]).toEqual([false, false]);
    const row = await testDb().eventCoOrganiser.findUniqueOrThrow({ where: { eventId_organisationId: { eventId, organisationId: target.id } } });
    expect(row.status).toBe('PENDING');
  });

  it('accepts at once for an organisation where the person saving is admin or coordinator', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const sister = await createOrganisation(testDb());
    await testDb().membership.create({ data: { userId: coordinator.id, organisationId: sister.id, role: 'ADMIN' } });
    const result = await as(coordinator.id, () => createEventAction({ ...buildEventInput(), coOrganiserIds: [sister.id] }));
    if (!result.ok) throw new Error(result.error);
    const row = await testDb().eventCoOrganiser.findUniqueOrThrow({ where: { eventId_organisationId: { eventId: result.data.eventId, organisationId: sister.id } } });
    expect(row.status).toBe('ACCEPTED');
  });
});

describe('dates out of bounds', () => {
  it('are refused with a French message in the event form', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    for (const firstDay of ['9999-12-31', '0001-01-01', '2101-01-01']) {
      const result = await as(coordinator.id, () => createEventAction({ ...buildEventInput(), firstDay }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { firstDay: ['Choisissez une date entre le 1er janvier 2000 et le 31 décembre 2100.'] } });
    }
  });

  it('already in the database do not break the dashboard nor the task board', async () => {
    const admin = await createUser(testDb());
    const event = await createEvent(testDb(), {
      ownerOrganisationId: admin.organisationId,
      startsAt: new Date('9999-12-31T08:00:00Z'),
      endsAt: new Date('9999-12-31T16:00:00Z'),
    });
    await testDb().eventDay.create({
      data: { eventId: event.id, date: '9999-12-31', startsAt: new Date('9999-12-31T08:00:00Z'), endsAt: new Date('9999-12-31T16:00:00Z') },
    });
    await createTask(testDb(), { eventId: event.id, offsetDays: 10, dueDate: '2027-01-15', phase: 'APRES' });
    await createTask(testDb(), { eventId: event.id, offsetDays: -10, dueDate: '2027-01-15' });
    const board = await as(admin.id, () => getTaskBoard(event.id, '2027-01-20'));
    expect(board.tasks).toHaveLength(2);
    const week = await as(admin.id, () => getThisWeekOfCurrentOrganisation('2027-01-20'));
    expect(week.events.map((e) => e.eventId)).toContain(event.id);
  });
});
