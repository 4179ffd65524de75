import { beforeAll, describe, expect, it } from 'vitest';
import { parisWallClockToUtc } from '@/lib/domain/dates';
import { readFieldChanges } from '@/lib/domain/registrations/changes';
import { addParticipantAction, cancelParticipantAction, updateParticipantAction } from '@/lib/server/actions/participant-record';
import { eraseParticipantAction } from '@/lib/server/actions/participants';
import { publishEventAction } from '@/lib/server/actions/programme-status';
import { runAsCaller } from '@/lib/server/current-user';
import { db as appDb } from '@/lib/server/db';
import { lockEvent } from '@/lib/server/registrations/locks';
import { queueRegistrationEmail } from '@/lib/server/registrations/notify';
import { registerParticipant } from '@/lib/server/registrations/register';
import { getParticipantRecord } from '@/lib/server/queries/participant-record';
import { createEvent, createUser } from '@/tests/factories';
import { createDay } from '@/tests/factories/programme';
import { createRegistrationSession } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';

let admin: Awaited<ReturnType<typeof createUser>>;
const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'COORDINATOR' });
});

// Two days in October 2024: long over. The default factory event (February 2027) is still to come.
const PAST = { startsAt: parisWallClockToUtc('2024-10-10', '09:00'), endsAt: parisWallClockToUtc('2024-10-11', '17:00') };

const person = (eventId: string, overrides: Partial<Parameters<typeof addParticipantAction>[0]> = {}) => ({
  eventId,
  name: 'Awa Diallo',
  email: `awa-${crypto.randomUUID().slice(0, 8)}@exemple.fr`,
  organisation: 'Hub du Nord',
  category: 'MEDIATEUR' as const,
  isSpeaker: false,
  accessibilityNeeds: '',
  sessionIds: [] as string[],
  notify: true,
  overCapacity: false,
  ...overrides,
});

async function twoDayEvent(dates?: typeof PAST) {
  const db = testDb();
  const event = await createEvent(db, { ownerOrganisationId: admin.organisationId, ...dates });
  const [first, second] = dates ? ['2024-10-10', '2024-10-11'] : ['2027-02-11', '2027-02-12'];
  await createDay(db, { eventId: event.id, date: first });
  await createDay(db, { eventId: event.id, date: second });
  return { event, days: [first, second] as const };
}

describe('adding a participant by hand', () => {
  it('marks the source, keeps the history, and e-mails the person only when asked, for an event to come', async () => {
    const db = testDb();
    const { event } = await twoDayEvent();
    const quiet = await as(() => addParticipantAction(person(event.id, { notify: false })));
    const told = await as(() => addParticipantAction(person(event.id, { name: 'Léo Martin' })));
    expect(quiet).toMatchObject({ ok: true, data: { emailed: false } });
    expect(told).toMatchObject({ ok: true, data: { emailed: true } });
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(1);
    const rows = await db.registration.findMany({ where: { eventId: event.id }, select: { source: true, status: true, changes: true } });
    expect(rows.map((row) => [row.source, row.status])).toEqual([
      ['organisation', 'CONFIRMED'],
      ['organisation', 'CONFIRMED'],
    ]);
    const created = rows[0]?.changes[0];
    expect(created).toMatchObject({ kind: 'created', authorId: admin.id, byParticipant: false });
    expect(readFieldChanges(created?.changes).map((change) => change.field)).toContain('name');
  });

  it('never e-mails about an event that is over, even when asked', async () => {
    const db = testDb();
    const { event, days } = await twoDayEvent(PAST);
    const result = await as(() => addParticipantAction(person(event.id, { days: [days[1]] })));
    expect(result).toMatchObject({ ok: true, data: { emailed: false } });
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(0);
    const stored = await db.registration.findFirstOrThrow({ where: { eventId: event.id }, select: { days: true } });
    expect(stored.days).toEqual([days[1]]);
  });

  it('accepts someone without an address, who is never e-mailed', async () => {
    const db = testDb();
    const { event } = await twoDayEvent();
    const result = await as(() => addParticipantAction(person(event.id, { email: '' })));
    expect(result).toMatchObject({ ok: true, data: { emailed: false } });
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('asks for an explicit choice to go over a full event, and refuses an address already registered', async () => {
    const db = testDb();
    const { event } = await twoDayEvent();
    await db.event.update({ where: { id: event.id }, data: { capacity: 1 } });
    const first = person(event.id, { notify: false });
    expect(await as(() => addParticipantAction(first))).toMatchObject({ ok: true });
    const refused = await as(() => addParticipantAction(person(event.id, { notify: false })));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { overCapacity: [expect.stringContaining('Inscrire au-delà de la jauge')] } });
    expect(await as(() => addParticipantAction(person(event.id, { notify: false, overCapacity: true })))).toMatchObject({ ok: true });
    expect(await db.registration.count({ where: { eventId: event.id, status: 'CONFIRMED' } })).toBe(2);
    const twice = await as(() => addParticipantAction({ ...first, overCapacity: true }));
    expect(twice).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining('déjà inscrite')] } });
  });
});

describe('editing and cancelling', () => {
  it('changes days, sessions, category and needs, and says who changed what', async () => {
    const db = testDb();
    const { event, days } = await twoDayEvent();
    const workshop = await createRegistrationSession(db, { eventId: event.id, title: 'Atelier cartographie', access: 'PRE_INSCRIPTION' });
    const added = await as(() => addParticipantAction(person(event.id, { notify: false })));
    if (!added.ok) throw new Error(added.error);
    const { registrationId } = added.data;
    const stored = await db.registration.findUniqueOrThrow({ where: { id: registrationId } });
    const update = {
      eventId: event.id,
      registrationId,
      name: stored.name,
      email: stored.email,
      organisation: 'Hub du Nord',
      category: 'ELU' as const,
      isSpeaker: false,
      accessibilityNeeds: 'Repas végétarien',
      sessionIds: [workshop.id],
      days: [days[0]],
    };
    expect(await as(() => updateParticipantAction(update))).toMatchObject({ ok: true, data: { changed: 4 } });
    // The same values again change nothing and add nothing to the history.
    expect(await as(() => updateParticipantAction(update))).toMatchObject({ ok: true, data: { changed: 0 } });
    const record = await as(() => getParticipantRecord(event.id, registrationId));
    expect(record.person).toMatchObject({ categoryLabel: 'Élu·e', accessibilityNeeds: 'Repas végétarien', days: [days[0]] });
    expect(record.sessions.filter((s) => s.chosen).map((s) => s.title)).toEqual(['Atelier cartographie']);
    expect(record.history.map((entry) => entry.kindLabel)).toEqual(['Modification', 'Ajout par l’organisation']);
    expect(record.history[0]?.author).toBe(admin.name);
    expect(record.history[0]?.changes.map((change) => change.label)).toEqual([
      'Catégorie de public',
      'Besoins (accessibilité, alimentation…)',
      'Jours de présence prévus',
      'Séances',
    ]);

    expect(await as(() => cancelParticipantAction({ eventId: event.id, registrationId, notify: false }))).toMatchObject({ ok: true });
    const cancelled = await db.registration.findUniqueOrThrow({ where: { id: registrationId }, include: { sessions: true } });
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sessions.map((s) => s.status)).toEqual(['CANCELLED']);
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('refuses a registration of another event, and erasing a person erases their history', async () => {
    const db = testDb();
    const { event } = await twoDayEvent();
    const other = await twoDayEvent();
    const added = await as(() => addParticipantAction(person(other.event.id, { notify: false })));
    if (!added.ok) throw new Error(added.error);
    const foreign = await as(() => cancelParticipantAction({ eventId: event.id, registrationId: added.data.registrationId, notify: false }));
    expect(foreign).toMatchObject({ ok: false, code: 'not-found' });
    expect(await as(() => eraseParticipantAction({ eventId: other.event.id, registrationId: added.data.registrationId }))).toMatchObject({ ok: true });
    expect(await db.registrationChange.count({ where: { registrationId: added.data.registrationId } })).toBe(0);
  });
});

describe('past events', () => {
  it('publishing an event whose dates are past opens no registration; the public form refuses it', async () => {
    const db = testDb();
    const { event } = await twoDayEvent(PAST);
    const future = await twoDayEvent();
    expect(await as(() => publishEventAction({ eventId: event.id }))).toMatchObject({ ok: true, data: { registrationOpen: false } });
    expect(await as(() => publishEventAction({ eventId: future.event.id }))).toMatchObject({ ok: true, data: { registrationOpen: true } });
    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { status: true, registrationOpen: true } });
    expect(stored).toEqual({ status: 'PUBLISHED', registrationOpen: false });
    // Even reopened by hand, a past event takes no registration.
    await db.event.update({ where: { id: event.id }, data: { registrationOpen: true } });
    const input = { eventId: event.id, email: 'tard@exemple.fr', name: 'Tard', organisation: '', category: 'AUTRE' as const, accessibilityNeeds: '', sessionIds: [], consent: true, website: '' };
    await expect(registerParticipant(input)).rejects.toThrow('closes');
  });

  it('queues no registration e-mail about an event that is over', async () => {
    const db = testDb();
    const { event } = await twoDayEvent(PAST);
    const message = { to: 'awa@exemple.fr', subject: 'Sujet', text: 'Texte' };
    const queued = await appDb().$transaction(async (tx) => queueRegistrationEmail(tx, await lockEvent(tx, event.id), message));
    expect(queued).toBe(false);
    const during = await appDb().$transaction(async (tx) =>
      queueRegistrationEmail(tx, await lockEvent(tx, event.id), message, parisWallClockToUtc('2024-10-11', '12:00')),
    );
    expect(during).toBe(true);
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(1);
  });
});
