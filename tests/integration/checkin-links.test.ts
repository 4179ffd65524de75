import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createCheckInLinkAction,
  recordVolunteerTapsAction,
  revokeCheckInLinkAction,
  unlockCheckInLinkAction,
} from '@/lib/server/actions/checkin-links';
import { runAsCaller } from '@/lib/server/current-user';
import { createEvent, createUser } from '@/tests/factories';
import { createParticipant } from '@/tests/factories/participants';
import { createDay } from '@/tests/factories/programme';
import { testDb } from '@/tests/support/db';

let admin: Awaited<ReturnType<typeof createUser>>;
const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
const anonymous = <T>(fn: () => Promise<T>) => runAsCaller(null, fn);
const DAY = '2027-02-11';

async function eventWithPerson() {
  const event = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
  await createDay(testDb(), { eventId: event.id, date: DAY });
  const person = await createParticipant(testDb(), { eventId: event.id, name: 'Noé Durand' });
  return { event, person };
}

async function newLink(eventId: string, hours = 12) {
  const result = await as(() => createCheckInLinkAction({ eventId, label: 'Accueil', hours }));
  if (!result.ok) throw new Error(result.error);
  return { ...result.data, secret: result.data.path.replace('/pointage/', '') };
}

const tap = (registrationId: string) => ({ tapId: randomUUID(), date: DAY, tappedAt: new Date().toISOString(), registrationId, status: 'PRESENT' as const });

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'MEMBER' });
});

describe('volunteers’ check-in links', () => {
  it('stores neither the link’s secret nor its PIN in clear, and opens the check-in of its event once the PIN is typed', async () => {
    const { event, person } = await eventWithPerson();
    const link = await newLink(event.id);
    expect(link.pin).toMatch(/^\d{6}$/);
    const row = await testDb().checkInLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(JSON.stringify(row)).not.toContain(link.secret);
    expect(row.pinHash).not.toContain(link.pin);
    expect(row.pinHash).toMatch(/^\$argon2id\$/);

    const wrong = await anonymous(() => unlockCheckInLinkAction({ secret: link.secret, pin: link.pin === '000000' ? '111111' : '000000' }));
    expect(wrong).toMatchObject({ ok: false, error: 'Ce code PIN ne correspond pas à ce lien de pointage.' });
    const unlocked = await anonymous(() => unlockCheckInLinkAction({ secret: link.secret, pin: link.pin }));
    if (!unlocked.ok) throw new Error(unlocked.error);

    const sent = await anonymous(() => recordVolunteerTapsAction({ secret: link.secret, proof: unlocked.data.proof, eventId: event.id, taps: [tap(person.id)] }));
    expect(sent).toMatchObject({ ok: true, data: [{ ok: true, status: 'PRESENT', markedBy: 'Bénévole (Accueil)' }] });
    const recorded = await testDb().checkInTap.findFirstOrThrow({ where: { registrationId: person.id } });
    expect(recorded).toMatchObject({ checkInLinkId: link.id, userId: null });
  });

  it('refuses taps without the PIN, on another event, and through a revoked or expired link, writing nothing', async () => {
    const { event, person } = await eventWithPerson();
    const other = await eventWithPerson();
    const link = await newLink(event.id);
    const unlocked = await anonymous(() => unlockCheckInLinkAction({ secret: link.secret, pin: link.pin }));
    if (!unlocked.ok) throw new Error(unlocked.error);
    const proof = unlocked.data.proof;

    const noPin = await anonymous(() => recordVolunteerTapsAction({ secret: link.secret, proof: 'x'.repeat(43), eventId: event.id, taps: [tap(person.id)] }));
    expect(noPin).toMatchObject({ ok: false, code: 'unauthenticated' });
    const elsewhere = await anonymous(() => recordVolunteerTapsAction({ secret: link.secret, proof, eventId: other.event.id, taps: [tap(other.person.id)] }));
    expect(elsewhere).toMatchObject({ ok: false, code: 'forbidden' });
    // A person of another event named through this event's link: not found, nothing written.
    const stranger = await anonymous(() => recordVolunteerTapsAction({ secret: link.secret, proof, eventId: event.id, taps: [tap(other.person.id)] }));
    expect(stranger).toMatchObject({ ok: true, data: [{ ok: false }] });

    expect(await as(() => revokeCheckInLinkAction({ eventId: event.id, linkId: link.id }))).toMatchObject({ ok: true });
    const revoked = await anonymous(() => recordVolunteerTapsAction({ secret: link.secret, proof, eventId: event.id, taps: [tap(person.id)] }));
    expect(revoked).toMatchObject({ ok: false, code: 'not-found', error: expect.stringContaining('n’est plus valable') });
    expect(await anonymous(() => unlockCheckInLinkAction({ secret: link.secret, pin: link.pin }))).toMatchObject({ ok: false, code: 'not-found' });

    const expiring = await newLink(event.id, 4);
    await testDb().checkInLink.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await anonymous(() => unlockCheckInLinkAction({ secret: expiring.secret, pin: expiring.pin }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await anonymous(() => unlockCheckInLinkAction({ secret: 'pas-un-secret', pin: '123456' }))).toMatchObject({ ok: false, code: 'not-found' });

    expect(await testDb().attendance.count({ where: { registrationId: { in: [person.id, other.person.id] } } })).toBe(0);
  });

  it('rate-limits PIN attempts per link', async () => {
    const { event } = await eventWithPerson();
    const link = await newLink(event.id);
    const wrongPin = link.pin === '000000' ? '111111' : '000000';
    const results = [];
    for (let i = 0; i < 11; i += 1) results.push(await anonymous(() => unlockCheckInLinkAction({ secret: link.secret, pin: wrongPin })));
    expect(results.slice(0, 10).every((r) => !r.ok && r.code === 'invalid')).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, code: 'rate-limited' });
    // Even the right PIN waits now.
    expect(await anonymous(() => unlockCheckInLinkAction({ secret: link.secret, pin: link.pin }))).toMatchObject({ ok: false, code: 'rate-limited' });
  });

  it('refuses bad input in French: no label, an unknown duration', async () => {
    const { event } = await eventWithPerson();
    const result = await as(() => createCheckInLinkAction({ eventId: event.id, label: ' ', hours: 5 }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { label: [expect.stringContaining('Indiquez pour qui')], hours: ['Choisissez une durée de validité.'] } });
    expect(await testDb().checkInLink.count({ where: { eventId: event.id } })).toBe(0);
  });
});
