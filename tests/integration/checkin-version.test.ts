import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInVersionAction, recordCheckInTapsAction } from '@/lib/server/actions/checkin';
import {
  createCheckInLinkAction,
  recordVolunteerTapsAction,
  revokeCheckInLinkAction,
  unlockCheckInLinkAction,
  volunteerCheckInVersionAction,
} from '@/lib/server/actions/checkin-links';
import { cancelParticipantAction } from '@/lib/server/actions/participant-record';
import { addWalkInAction } from '@/lib/server/actions/participants';
import { runAsCaller } from '@/lib/server/current-user';
import { getCheckIn } from '@/lib/server/queries/checkin';
import { createEvent, createUser } from '@/tests/factories';
import { createParticipant } from '@/tests/factories/participants';
import { createDay } from '@/tests/factories/programme';
import { testDb } from '@/tests/support/db';

// The version the check-in board asks for every 30 s, instead of fetching the whole page again: it
// must move with everything the day's list shows, and with nothing else.

let admin: Awaited<ReturnType<typeof createUser>>;
const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
const anonymous = <T>(fn: () => Promise<T>) => runAsCaller(null, fn);
const DAY_1 = '2027-02-11';
const DAY_2 = '2027-02-12';

async function twoDayEvent() {
  const event = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
  await createDay(testDb(), { eventId: event.id, date: DAY_1 });
  await createDay(testDb(), { eventId: event.id, date: DAY_2 });
  const amina = await createParticipant(testDb(), { eventId: event.id, name: 'Amina Benali' });
  const bastien = await createParticipant(testDb(), { eventId: event.id, name: 'Bastien Morel' });
  return { event, amina, bastien };
}

async function version(eventId: string, day = DAY_1) {
  const result = await as(() => checkInVersionAction({ eventId, day }));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

async function tap(eventId: string, registrationId: string, options: { date?: string; status?: 'PRESENT' | 'EXCUSED' | null } = {}) {
  const { date = DAY_1, status = 'PRESENT' } = options;
  const result = await as(() => recordCheckInTapsAction({ eventId, taps: [{ tapId: randomUUID(), date, tappedAt: new Date().toISOString(), registrationId, status }] }));
  if (!result.ok || !result.data[0]?.ok) throw new Error(`tap refused: ${JSON.stringify(result)}`);
}

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'MEMBER' });
});

describe('version of a day’s check-in list', () => {
  it('is the one the page was drawn with, and stays the same while nothing happens', async () => {
    const { event } = await twoDayEvent();
    const first = await version(event.id);
    expect(first).toMatch(/^[0-9a-z.-]{7,40}$/);
    expect(await version(event.id)).toBe(first);
    expect((await as(() => getCheckIn(event.id, DAY_1))).version).toBe(first);
  });

  it('changes after a tap, a status changed, a tap cleared', async () => {
    const { event, amina } = await twoDayEvent();
    const before = await version(event.id);
    await tap(event.id, amina.id);
    const tapped = await version(event.id);
    expect(tapped).not.toBe(before);
    await tap(event.id, amina.id, { status: 'EXCUSED' });
    const changed = await version(event.id);
    expect(changed).not.toBe(tapped);
    await tap(event.id, amina.id, { status: null });
    const cleared = await version(event.id);
    expect(cleared).not.toBe(changed);
    expect(await version(event.id)).toBe(cleared);
  });

  it('changes after a walk-in and after a cancellation', async () => {
    const { event, bastien } = await twoDayEvent();
    const before = await version(event.id);
    const walkIn = await as(() => addWalkInAction({ eventId: event.id, date: DAY_1, name: 'Chloé Petit', category: 'AUTRE', email: '', organisation: '' }));
    expect(walkIn).toMatchObject({ ok: true });
    const afterWalkIn = await version(event.id);
    expect(afterWalkIn).not.toBe(before);
    const cancelled = await as(() => cancelParticipantAction({ eventId: event.id, registrationId: bastien.id, notify: false }));
    expect(cancelled).toMatchObject({ ok: true });
    expect(await version(event.id)).not.toBe(afterWalkIn);
  });

  it('does not change when another day or another event changes', async () => {
    const { event, amina } = await twoDayEvent();
    const other = await twoDayEvent();
    const before = await version(event.id);
    const otherBefore = await version(other.event.id, DAY_1);
    await tap(event.id, amina.id, { date: DAY_2 });
    expect(await version(event.id)).toBe(before);
    expect(await version(event.id, DAY_2)).not.toBe(before);
    await tap(other.event.id, other.amina.id);
    await as(() => addWalkInAction({ eventId: other.event.id, date: DAY_1, name: 'Chloé Petit', category: 'AUTRE', email: '', organisation: '' }));
    expect(await version(event.id)).toBe(before);
    expect(await version(other.event.id)).not.toBe(otherBefore);
  });

  it('changes when a row stamped earlier is written after a later one (two batches committed out of order)', async () => {
    const { event, amina, bastien } = await twoDayEvent();
    await tap(event.id, amina.id);
    await tap(event.id, bastien.id);
    const key = (registrationId: string) => ({ registrationId_date: { registrationId, date: DAY_1 } });
    const latest = (await testDb().attendance.findUniqueOrThrow({ where: key(bastien.id) })).updatedAt;
    await testDb().attendance.update({ where: key(amina.id), data: { updatedAt: new Date(latest.getTime() - 60_000) } });
    const before = await version(event.id);
    // Amina's row moves forward, still before Bastien's: the latest stamp and the count stay the same.
    await testDb().attendance.update({ where: key(amina.id), data: { status: 'EXCUSED', updatedAt: new Date(latest.getTime() - 1_000) } });
    expect(await version(event.id)).not.toBe(before);
  });
});

describe('version through a volunteer’s link', () => {
  async function unlockedLink(eventId: string) {
    const created = await as(() => createCheckInLinkAction({ eventId, label: 'Accueil', hours: 12 }));
    if (!created.ok) throw new Error(created.error);
    const secret = created.data.path.replace('/pointage/', '');
    const unlocked = await anonymous(() => unlockCheckInLinkAction({ secret, pin: created.data.pin }));
    if (!unlocked.ok) throw new Error(unlocked.error);
    return { id: created.data.id, secret, proof: unlocked.data.proof };
  }

  it('gives the coordinator’s version, and is refused exactly as the link’s taps are', async () => {
    const { event, amina } = await twoDayEvent();
    const other = await twoDayEvent();
    const link = await unlockedLink(event.id);
    const ask = (input: { proof?: string; eventId?: string; secret?: string }) =>
      anonymous(() => volunteerCheckInVersionAction({ secret: link.secret, proof: link.proof, eventId: event.id, day: DAY_1, ...input }));
    const taps = (input: { proof?: string; eventId?: string; secret?: string }) =>
      anonymous(() =>
        recordVolunteerTapsAction({
          secret: link.secret,
          proof: link.proof,
          eventId: event.id,
          taps: [{ tapId: randomUUID(), date: DAY_1, tappedAt: new Date().toISOString(), registrationId: amina.id, status: 'PRESENT' }],
          ...input,
        }),
      );

    expect(await ask({})).toEqual({ ok: true, data: await version(event.id) });

    const refusals = [{ proof: 'x'.repeat(43) }, { eventId: other.event.id }, { secret: 'pas-un-secret' }];
    for (const input of refusals) {
      const refused = await ask(input);
      expect(refused.ok).toBe(false);
      expect(refused).toEqual(await taps(input));
    }

    expect(await as(() => revokeCheckInLinkAction({ eventId: event.id, linkId: link.id }))).toMatchObject({ ok: true });
    const revoked = await ask({});
    expect(revoked).toMatchObject({ ok: false, code: 'not-found', error: expect.stringContaining('n’est plus valable') });
    expect(revoked).toEqual(await taps({}));

    const expiring = await unlockedLink(event.id);
    await testDb().checkInLink.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await ask({ secret: expiring.secret, proof: expiring.proof });
    expect(expired).toMatchObject({ ok: false, code: 'not-found' });
    expect(expired).toEqual(await taps({ secret: expiring.secret, proof: expiring.proof }));
    expect(await testDb().attendance.count({ where: { registrationId: amina.id } })).toBe(0);
  });

  it('refuses malformed input without reaching the database', async () => {
    const { event } = await twoDayEvent();
    expect(await anonymous(() => volunteerCheckInVersionAction({ secret: 'x'.repeat(500), proof: '', eventId: event.id, day: DAY_1 }))).toMatchObject({ ok: false });
    expect(await as(() => checkInVersionAction({ eventId: event.id, day: '2027-13-45' }))).toMatchObject({ ok: false });
    expect(await as(() => checkInVersionAction({ eventId: 'pas-un-id', day: DAY_1 }))).toMatchObject({ ok: false });
  });
});
