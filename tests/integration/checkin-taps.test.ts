import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordCheckInTapsAction, setAttendanceAction } from '@/lib/server/actions/checkin';
import { checkinCodeFor } from '@/lib/server/checkin/checkin-token';
import { runAsCaller } from '@/lib/server/current-user';
import { getCheckIn } from '@/lib/server/queries/checkin';
import { createEvent, createUser } from '@/tests/factories';
import { createParticipant } from '@/tests/factories/participants';
import { createDay } from '@/tests/factories/programme';
import { testDb } from '@/tests/support/db';

let admin: Awaited<ReturnType<typeof createUser>>;
const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
const DAY_1 = '2027-02-11';
const DAY_2 = '2027-02-12';

async function twoDayEvent() {
  const event = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
  await createDay(testDb(), { eventId: event.id, date: DAY_1 });
  await createDay(testDb(), { eventId: event.id, date: DAY_2 });
  return event;
}

type Tap = { tapId?: string; date?: string; tappedAt: string; registrationId?: string; code?: string; status?: 'PRESENT' | 'EXCUSED' | 'ABSENT' | null };
const tap = (t: Tap) => ({ tapId: t.tapId ?? randomUUID(), date: t.date ?? DAY_1, status: t.status === undefined ? 'PRESENT' : t.status, ...t });

async function send(eventId: string, taps: Tap[]) {
  const result = await as(() => recordCheckInTapsAction({ eventId, taps: taps.map(tap) }));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

const status = async (registrationId: string, date = DAY_1) =>
  (await testDb().attendance.findUnique({ where: { registrationId_date: { registrationId, date } } }))?.status ?? null;

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'MEMBER' });
});

describe('check-in taps: last write wins per person and day', () => {
  it('keeps the later tap when an earlier one arrives after it (two phones, one offline)', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id, name: 'Amina Diallo' });
    // Phone B taps "Présent·e" at 10:05 and is online; phone A's "Excusé·e" of 10:01 arrives afterwards.
    const [later] = await send(event.id, [{ registrationId: person.id, status: 'PRESENT', tappedAt: '2026-11-11T09:05:00.000Z' }]);
    expect(later).toMatchObject({ ok: true, applied: true, status: 'PRESENT' });
    const [earlier] = await send(event.id, [{ registrationId: person.id, status: 'EXCUSED', tappedAt: '2026-11-11T09:01:00.000Z' }]);
    expect(earlier).toMatchObject({ ok: true, applied: false, status: 'PRESENT', markedBy: admin.name });
    expect(await status(person.id)).toBe('PRESENT');
    // Both taps are kept, the losing one marked as such.
    const taps = await testDb().checkInTap.findMany({ where: { registrationId: person.id }, orderBy: { tappedAt: 'asc' } });
    expect(taps.map((t) => [t.status, t.applied])).toEqual([['EXCUSED', false], ['PRESENT', true]]);
  });

  it('applies “Excusé·e → Présent·e” sent in order, and a later clear wins over an earlier mark', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id });
    const outcomes = await send(event.id, [
      { registrationId: person.id, status: 'EXCUSED', tappedAt: '2026-11-11T09:00:00.000Z' },
      { registrationId: person.id, status: 'PRESENT', tappedAt: '2026-11-11T09:00:01.000Z' },
    ]);
    expect(outcomes.map((o) => o.ok && o.status)).toEqual(['EXCUSED', 'PRESENT']);
    const row = await testDb().attendance.findUniqueOrThrow({ where: { registrationId_date: { registrationId: person.id, date: DAY_1 } } });
    expect(row).toMatchObject({ status: 'PRESENT', markedBy: admin.name, tappedAt: new Date('2026-11-11T09:00:01.000Z') });

    await send(event.id, [{ registrationId: person.id, status: null, tappedAt: '2026-11-11T09:10:00.000Z' }]);
    expect(await status(person.id)).toBeNull();
    // A mark made before the clear, arriving late, does not bring the status back.
    const [late] = await send(event.id, [{ registrationId: person.id, status: 'ABSENT', tappedAt: '2026-11-11T09:05:00.000Z' }]);
    expect(late).toMatchObject({ ok: true, applied: false, status: null });
    expect(await status(person.id)).toBeNull();
  });

  it('recognises a replayed tap and changes nothing', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id });
    const first = { tapId: randomUUID(), registrationId: person.id, status: 'PRESENT' as const, tappedAt: '2026-11-11T09:00:00.000Z' };
    await send(event.id, [first]);
    await send(event.id, [{ registrationId: person.id, status: 'ABSENT', tappedAt: '2026-11-11T09:30:00.000Z' }]);
    const [replay] = await send(event.id, [first]);
    expect(replay).toMatchObject({ ok: true, replay: true, applied: false, status: 'ABSENT' });
    expect(await testDb().checkInTap.count({ where: { registrationId: person.id } })).toBe(2);
    expect(await status(person.id)).toBe('ABSENT');
    // The same tap id cannot be reused for someone else.
    const other = await createParticipant(testDb(), { eventId: event.id });
    const [misused] = await send(event.id, [{ ...first, registrationId: other.id }]);
    expect(misused).toMatchObject({ ok: false });
    expect(await status(other.id)).toBeNull();
  });

  it('decides two phones tapping the same person at the same moment one after the other', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id });
    const taps = Array.from({ length: 6 }, (_, i) => ({
      registrationId: person.id,
      status: (i % 2 === 0 ? 'PRESENT' : 'EXCUSED') as 'PRESENT' | 'EXCUSED',
      tappedAt: `2026-11-11T09:00:0${i}.000Z`,
    }));
    await Promise.all(taps.map((t) => send(event.id, [t])));
    // The latest tap by device time (09:00:05, EXCUSED) wins, whatever order they were committed in.
    expect(await status(person.id)).toBe('EXCUSED');
  });

  it('keeps each day to itself, and never dates a tap after its arrival', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id });
    await send(event.id, [
      { registrationId: person.id, date: DAY_1, status: 'PRESENT', tappedAt: '2026-11-11T09:00:00.000Z' },
      { registrationId: person.id, date: DAY_2, status: 'EXCUSED', tappedAt: '2026-11-12T09:00:00.000Z' },
    ]);
    expect([await status(person.id, DAY_1), await status(person.id, DAY_2)]).toEqual(['PRESENT', 'EXCUSED']);
    const day1 = await as(() => getCheckIn(event.id, DAY_1));
    const day2 = await as(() => getCheckIn(event.id, DAY_2));
    expect(day1.people[0]?.status).toBe('PRESENT');
    expect(day2.people[0]?.status).toBe('EXCUSED');
    // A phone whose clock runs a year ahead cannot pin a status beyond the reach of later taps.
    const before = Date.now();
    await send(event.id, [{ registrationId: person.id, date: DAY_1, status: 'ABSENT', tappedAt: '2099-01-01T00:00:00.000Z' }]);
    const row = await testDb().attendance.findUniqueOrThrow({ where: { registrationId_date: { registrationId: person.id, date: DAY_1 } } });
    expect(row.tappedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(row.tappedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('the paper-sheet table goes through the same rule, with who marked it', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id });
    expect(await as(() => setAttendanceAction({ eventId: event.id, registrationId: person.id, date: DAY_1, status: 'EXCUSED' }))).toMatchObject({ ok: true });
    expect(await as(() => setAttendanceAction({ eventId: event.id, registrationId: person.id, date: DAY_1, status: 'PRESENT' }))).toMatchObject({ ok: true });
    const row = await testDb().attendance.findUniqueOrThrow({ where: { registrationId_date: { registrationId: person.id, date: DAY_1 } } });
    expect(row).toMatchObject({ status: 'PRESENT', markedBy: admin.name });
  });
});

describe('check-in taps: scanned QR codes', () => {
  it('marks present, says “already present”, and refuses other events, cancelled, waiting and forged codes', async () => {
    const event = await twoDayEvent();
    const other = await twoDayEvent();
    const ana = await createParticipant(testDb(), { eventId: event.id, name: 'Ana Lopez' });
    const stranger = await createParticipant(testDb(), { eventId: other.id, name: 'Hors Sujet' });
    const cancelled = await createParticipant(testDb(), { eventId: event.id, name: 'Céline Annulée', status: 'CANCELLED' });
    const waiting = await createParticipant(testDb(), { eventId: event.id, name: 'Wassim Attente', status: 'WAITING', rank: 2 });
    const at = '2026-11-11T09:00:00.000Z';
    const code = checkinCodeFor(ana.id);
    const outcomes = await send(event.id, [
      { code, tappedAt: at },
      { code, tappedAt: '2026-11-11T09:01:00.000Z' },
      { code: checkinCodeFor(stranger.id), tappedAt: at },
      { code: checkinCodeFor(cancelled.id), tappedAt: at },
      { code: checkinCodeFor(waiting.id), tappedAt: at },
      { code: code.slice(0, -3), tappedAt: at },
      { code: code.replace(/.{4}$/, 'AAAA'), tappedAt: at },
      { code: checkinCodeFor(randomUUID()), tappedAt: at },
    ]);
    expect(outcomes[0]).toMatchObject({ ok: true, applied: true, status: 'PRESENT', name: 'Ana Lopez', alreadyPresent: false });
    expect(outcomes[1]).toMatchObject({ ok: true, applied: false, status: 'PRESENT', alreadyPresent: true });
    expect(outcomes.slice(2).map((o) => (o.ok ? 'ok' : o.error))).toEqual([
      'Ce QR code est celui d’une inscription à un autre événement : rien n’a été pointé.',
      'L’inscription de Céline Annulée a été annulée : rien n’a été pointé. Ajoutez-la comme personne venue sur place si elle reste.',
      'Wassim Attente est sur liste d’attente (rang 2) : rien n’a été pointé. Voyez avec la coordination s’il reste de la place.',
      'Code non reconnu : ce QR code n’est pas un code de pointage Trame, ou il est abîmé ou incomplet. Cherchez la personne par son nom.',
      'Code non reconnu : ce QR code n’est pas un code de pointage Trame, ou il est abîmé ou incomplet. Cherchez la personne par son nom.',
      'Cette inscription n’existe plus : cherchez la personne par son nom.',
    ]);
    expect(await testDb().attendance.count({ where: { registrationId: { in: [stranger.id, cancelled.id, waiting.id] } } })).toBe(0);
    expect(await testDb().checkInTap.count({ where: { registrationId: { in: [stranger.id, cancelled.id, waiting.id] } } })).toBe(0);
  });
});

describe('the personal page’s QR code', () => {
  it('carries a code the check-in screen accepts, for a confirmed seat only', async () => {
    const { getRegistrationByToken } = await import('@/lib/server/queries/public-registration');
    const { hashToken } = await import('@/lib/server/tokens');
    const event = await twoDayEvent();
    await testDb().event.update({ where: { id: event.id }, data: { status: 'PUBLISHED' } });
    const confirmed = await createParticipant(testDb(), { eventId: event.id, name: 'Lina Confirmée' });
    const waiting = await createParticipant(testDb(), { eventId: event.id, name: 'Omar Attente', status: 'WAITING', rank: 1 });
    const tokens = { confirmed: 'c'.repeat(43), waiting: 'w'.repeat(43) };
    await testDb().registration.update({ where: { id: confirmed.id }, data: { tokenHash: hashToken(tokens.confirmed) } });
    await testDb().registration.update({ where: { id: waiting.id }, data: { tokenHash: hashToken(tokens.waiting) } });

    const page = await getRegistrationByToken(tokens.confirmed);
    expect(page?.checkInCode).toBe(checkinCodeFor(confirmed.id));
    expect(page?.number).toBe(confirmed.id.slice(0, 8).toUpperCase());
    expect((await getRegistrationByToken(tokens.waiting))?.checkInCode).toBeNull();
    const [outcome] = await send(event.id, [{ code: page!.checkInCode!, tappedAt: '2026-11-11T09:00:00.000Z' }]);
    expect(outcome).toMatchObject({ ok: true, registrationId: confirmed.id, status: 'PRESENT' });
  });
});
