import { beforeAll, describe, expect, it } from 'vitest';
import { parisWallClockToUtc } from '@/lib/domain/dates';
import { promoteParticipantAction, reinstateParticipantAction, resendConfirmationAction } from '@/lib/server/actions/participant-record';
import { runAsCaller } from '@/lib/server/current-user';
import { walkInEmail } from '@/lib/domain/registrations/personal-data';
import { createUser } from '@/tests/factories';
import { createParticipant } from '@/tests/factories/participants';
import { createOpenEvent, createRegistrationSession } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';

// The quick actions of the participant list: each one under the event's lock, kept in the history.

let admin: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;
const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'COORDINATOR' });
  stranger = await createUser(testDb(), { role: 'ADMIN' });
});

async function eventWith(capacity: number | null, dates?: { startsAt: Date; endsAt: Date }) {
  return createOpenEvent(testDb(), { ownerOrganisationId: admin.organisationId, capacity, ...dates });
}

const history = (registrationId: string) =>
  testDb().registrationChange.findMany({ where: { registrationId }, select: { kind: true, authorId: true } });

describe('resending the confirmation', () => {
  it('queues the message with a fresh link beside the first one, and says so in the history', async () => {
    const db = testDb();
    const event = await eventWith(null);
    const person = await createParticipant(db, { eventId: event.id });
    const result = await as(() => resendConfirmationAction({ eventId: event.id, registrationId: person.id }));
    expect(result).toMatchObject({ ok: true });
    const after = await db.registration.findUniqueOrThrow({ where: { id: person.id }, select: { tokenHash: true, resentTokenHash: true } });
    expect(after.tokenHash).toBe(person.tokenHash);
    expect(after.resentTokenHash).not.toBeNull();
    const mail = await db.outboxEmail.findMany({ where: { eventId: event.id }, select: { to: true } });
    expect(mail).toEqual([{ to: person.email }]);
    expect(await history(person.id)).toEqual([{ kind: 'confirmation-resent', authorId: admin.id }]);
  });

  it('refuses a cancelled registration, a walk-in without address and an event that is over', async () => {
    const db = testDb();
    const event = await eventWith(null);
    const cancelled = await createParticipant(db, { eventId: event.id, status: 'CANCELLED' });
    const walkIn = await createParticipant(db, { eventId: event.id, email: walkInEmail(crypto.randomUUID()), isWalkIn: true });
    const past = await eventWith(null, { startsAt: parisWallClockToUtc('2024-10-10', '09:00'), endsAt: parisWallClockToUtc('2024-10-10', '17:00') });
    const former = await createParticipant(db, { eventId: past.id });
    expect(await as(() => resendConfirmationAction({ eventId: event.id, registrationId: cancelled.id }))).toMatchObject({ ok: false, error: expect.stringContaining('annulée') });
    expect(await as(() => resendConfirmationAction({ eventId: past.id, registrationId: former.id }))).toMatchObject({ ok: false, error: expect.stringContaining('passé') });
    const noAddress = await as(() => resendConfirmationAction({ eventId: event.id, registrationId: walkIn.id }));
    expect(noAddress.ok).toBe(false);
    expect(await db.outboxEmail.count({ where: { eventId: { in: [event.id, past.id] } } })).toBe(0);
  });

  it('is not found from another event or another organisation', async () => {
    const db = testDb();
    const event = await eventWith(null);
    const other = await eventWith(null);
    const person = await createParticipant(db, { eventId: event.id });
    expect(await as(() => resendConfirmationAction({ eventId: other.id, registrationId: person.id }))).toMatchObject({ ok: false, code: 'not-found' });
    const outside = await runAsCaller({ userId: stranger.id }, () => resendConfirmationAction({ eventId: event.id, registrationId: person.id }));
    expect(outside).toMatchObject({ ok: false, code: 'not-found' });
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe('putting a cancelled registration back', () => {
  it('takes a free seat, or the end of the waiting list when the event is full', async () => {
    const db = testDb();
    const event = await eventWith(2);
    const back = await createParticipant(db, { eventId: event.id, status: 'CANCELLED' });
    await createParticipant(db, { eventId: event.id });
    const first = await as(() => reinstateParticipantAction({ eventId: event.id, registrationId: back.id }));
    expect(first).toMatchObject({ ok: true, data: { status: 'CONFIRMED', rank: null } });
    const late = await createParticipant(db, { eventId: event.id, status: 'CANCELLED' });
    await createParticipant(db, { eventId: event.id, status: 'WAITING', rank: 1 });
    const second = await as(() => reinstateParticipantAction({ eventId: event.id, registrationId: late.id }));
    expect(second).toMatchObject({ ok: true, data: { status: 'WAITING', rank: 2 } });
    const row = await db.registration.findUniqueOrThrow({ where: { id: late.id }, select: { status: true, rank: true, cancelledAt: true } });
    expect(row).toEqual({ status: 'WAITING', rank: 2, cancelledAt: null });
    expect(await history(late.id)).toEqual([{ kind: 'reinstated', authorId: admin.id }]);
  });

  it('refuses a registration that is not cancelled', async () => {
    const event = await eventWith(null);
    const person = await createParticipant(testDb(), { eventId: event.id });
    expect(await as(() => reinstateParticipantAction({ eventId: event.id, registrationId: person.id }))).toMatchObject({
      ok: false,
      error: 'Cette inscription n’est pas annulée.',
    });
  });
});

describe('taking someone off the waiting list', () => {
  it('confirms them beyond the capacity, closes the line up behind them and fills their session', async () => {
    const db = testDb();
    const event = await eventWith(1);
    await createParticipant(db, { eventId: event.id });
    const second = await createParticipant(db, { eventId: event.id, status: 'WAITING', rank: 1 });
    const third = await createParticipant(db, { eventId: event.id, status: 'WAITING', rank: 2 });
    const workshop = await createRegistrationSession(db, { eventId: event.id, title: 'Atelier', capacity: 10 });
    await db.sessionRegistration.create({ data: { sessionId: workshop.id, registrationId: third.id, status: 'WAITING', rank: 1 } });

    const result = await as(() => promoteParticipantAction({ eventId: event.id, registrationId: third.id }));
    expect(result).toMatchObject({ ok: true });
    const rows = await db.registration.findMany({ where: { eventId: event.id }, select: { id: true, status: true, rank: true } });
    expect(rows.find((row) => row.id === third.id)).toMatchObject({ status: 'CONFIRMED', rank: null });
    expect(rows.find((row) => row.id === second.id)).toMatchObject({ status: 'WAITING', rank: 1 });
    expect(rows.filter((row) => row.status === 'CONFIRMED')).toHaveLength(2);
    const seat = await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: third.id }, select: { status: true } });
    expect(seat.status).toBe('CONFIRMED');
    expect(await db.outboxEmail.findMany({ where: { eventId: event.id }, select: { to: true } })).toEqual([{ to: third.email }]);
    expect(await history(third.id)).toEqual([{ kind: 'promoted', authorId: admin.id }]);
  });

  it('refuses someone who is not waiting', async () => {
    const event = await eventWith(1);
    const person = await createParticipant(testDb(), { eventId: event.id });
    expect(await as(() => promoteParticipantAction({ eventId: event.id, registrationId: person.id }))).toMatchObject({
      ok: false,
      error: 'Cette personne n’est pas en liste d’attente.',
    });
  });
});
