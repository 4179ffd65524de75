import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymiseExpiredParticipantsAction, eraseParticipantAction, updateRetentionAction } from '@/lib/server/actions/participants';
import { runAsCaller } from '@/lib/server/current-user';
import { anonymiseExpiredParticipants } from '@/lib/server/participants/anonymise';
import { getParticipantsSummary, listParticipants } from '@/lib/server/queries/participants';
import { getRegistrationFigures } from '@/lib/server/queries/registration-figures';
import { GET as exportParticipants } from '@/app/(app)/evenements/[id]/participants/export/route';
import { createEvent, createUser } from '@/tests/factories';
import { createAttendance, createAudienceTarget, createParticipant } from '@/tests/factories/participants';
import { createDay } from '@/tests/factories/programme';
import { createRegistrationSession } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';

let admin: Awaited<ReturnType<typeof createUser>>;
const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
const DAY_1 = '2027-02-11';
const DAY_2 = '2027-02-12';
const NOW = new Date('2027-03-01T10:00:00Z');

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'COORDINATOR' });
});

/** Seven people whose figures are worked out by hand in the test below. */
async function eventWithFigures() {
  const db = testDb();
  const event = await createEvent(db, { ownerOrganisationId: admin.organisationId });
  await createDay(db, { eventId: event.id, date: DAY_1 });
  await createDay(db, { eventId: event.id, date: DAY_2 });
  await createAudienceTarget(db, { eventId: event.id, category: 'CONSEILLER_NUMERIQUE', territoryTotal: 20 });
  const at = (iso: string) => new Date(iso);
  const r1 = await createParticipant(db, { eventId: event.id, category: 'MEDIATEUR', registeredAt: at('2027-01-10T10:00:00Z') });
  const r2 = await createParticipant(db, { eventId: event.id, category: 'CONSEILLER_NUMERIQUE', registeredAt: at('2027-01-25T10:00:00Z'), email: 'r2@exemple.fr', accessibilityNeeds: 'Fauteuil' });
  const r3 = await createParticipant(db, { eventId: event.id, category: 'CONSEILLER_NUMERIQUE', registeredAt: at('2027-02-05T10:00:00Z') });
  await createParticipant(db, { eventId: event.id, category: 'ELU', status: 'CANCELLED', registeredAt: at('2027-01-15T10:00:00Z') });
  const speaker = await createParticipant(db, { eventId: event.id, isSpeaker: true, registeredAt: at('2027-01-05T10:00:00Z') });
  const walkIn = await createParticipant(db, { eventId: event.id, category: 'AUTRE', isWalkIn: true, registeredAt: at('2027-02-11T09:00:00Z') });
  await createParticipant(db, { eventId: event.id, category: 'AGENT_COLLECTIVITE', status: 'WAITING', rank: 1, registeredAt: at('2027-02-03T10:00:00Z') });
  for (const [registrationId, date, status] of [
    [r1.id, DAY_1, 'PRESENT'],
    [r1.id, DAY_2, 'PRESENT'],
    [r2.id, DAY_1, 'PRESENT'],
    [r2.id, DAY_2, 'ABSENT'],
    [r3.id, DAY_1, 'EXCUSED'],
    [speaker.id, DAY_1, 'PRESENT'],
    [walkIn.id, DAY_1, 'PRESENT'],
  ] as const) {
    await createAttendance(db, { registrationId, date, status });
  }
  return { event, r2 };
}

describe('figures', () => {
  it('counts registrations against J-10, audiences, presence and no-show per day, coverage — without speakers', async () => {
    const { event } = await eventWithFigures();
    const figures = await as(() => getRegistrationFigures(event.id, NOW));
    expect(figures.curve?.total).toBe(4);
    expect(figures.curve?.deadline).toEqual({ date: '2027-02-01', countByDeadline: 2, sharePercent: 50, status: 'not-met' });
    expect(figures.curve?.points.at(-1)).toEqual({ date: DAY_1, newCount: 0, cumulativeCount: 4 });
    const counts = (rows: { category: string; count: number }[]) => Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.category, r.count]));
    expect(counts(figures.registeredByAudience.rows)).toEqual({ MEDIATEUR: 1, CONSEILLER_NUMERIQUE: 2, AGENT_COLLECTIVITE: 1 });
    expect(counts(figures.presentByAudience.rows)).toEqual({ MEDIATEUR: 1, CONSEILLER_NUMERIQUE: 1, AUTRE: 1 });
    expect(figures.days).toEqual([
      { day: DAY_1, expected: 3, present: 3, walkIns: 1, excused: 1, noShow: 0, unmarked: 0, noShowPercent: 0, noShowStatus: 'ok' },
      { day: DAY_2, expected: 3, present: 1, walkIns: 0, excused: 0, noShow: 2, unmarked: 1, noShowPercent: 66.7, noShowStatus: 'over' },
    ]);
    expect(figures.coverage).toEqual([
      { category: 'CONSEILLER_NUMERIQUE', label: 'Conseiller·e numérique', presentCount: 1, territoryTotal: 20, percent: 5 },
    ]);
    expect(figures).toMatchObject({ presentCount: 3, walkInCount: 1, speakerCount: 1 });
  });

  it('shows nothing to count for an event without registrations', async () => {
    const event = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
    const figures = await as(() => getRegistrationFigures(event.id, NOW));
    expect(figures.curve).toMatchObject({ total: 0, points: [], deadline: { status: 'no-registrations' } });
    expect(figures.days).toMatchObject([{ expected: 0, noShowPercent: null, noShowStatus: null }]);
  });
});

describe('erasing a participant', () => {
  it('anonymises the person, keeps every count, and drops their e-mails from the outbox', async () => {
    const { event, r2 } = await eventWithFigures();
    await testDb().outboxEmail.create({ data: { eventId: event.id, to: 'r2@exemple.fr', subject: 'Votre inscription', text: 'Bonjour' } });
    const before = await as(() => getRegistrationFigures(event.id, NOW));

    expect(await as(() => eraseParticipantAction({ eventId: event.id, registrationId: r2.id }))).toMatchObject({ ok: true });
    const row = await testDb().registration.findUniqueOrThrow({ where: { id: r2.id }, include: { attendances: true } });
    expect(row).toMatchObject({
      name: 'Participant·e anonymisé·e',
      email: `anonyme-${r2.id}@trame.invalid`,
      organisation: null,
      accessibilityNeeds: null,
      category: 'CONSEILLER_NUMERIQUE',
      status: 'CONFIRMED',
    });
    expect(row.anonymisedAt).toBeInstanceOf(Date);
    expect(row.tokenHash).not.toBe(r2.tokenHash);
    expect(row.attendances).toHaveLength(2);
    expect(await testDb().outboxEmail.count({ where: { eventId: event.id } })).toBe(0);
    expect(await as(() => getRegistrationFigures(event.id, NOW))).toEqual(before);

    // Twice: nothing left to erase.
    expect(await as(() => eraseParticipantAction({ eventId: event.id, registrationId: r2.id }))).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('export', () => {
  it('neutralises a cell starting with = in the CSV and in the XLSX', async () => {
    const event = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId, title: 'Rencontre export' });
    const formula = '=HYPERLINK("https://exemple.invalid","clic")';
    await createParticipant(testDb(), { eventId: event.id, name: formula, organisation: '+33 6 12 34 56 78', email: 'piege@exemple.fr' });
    await createParticipant(testDb(), { eventId: event.id, name: 'Zoé Sur-place', email: 'sur-place-1@trame.invalid', isWalkIn: true });
    const get = (format: string) =>
      as(() => exportParticipants(new Request(`http://localhost/evenements/${event.id}/participants/export?format=${format}`), { params: Promise.resolve({ id: event.id }) }));

    const csv = await get('csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="participants-rencontre-export-[\w-]+\.csv"$/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed[0]?.slice(0, 4)).toEqual(['Nom', 'Adresse e-mail', 'Structure', 'Catégorie']);
    expect(parsed[0]?.slice(-1)).toEqual(['Présence jeudi 11 février']);
    const trapped = parsed.find((row) => row[1] === 'piege@exemple.fr');
    expect(trapped?.[0]).toBe(`'${formula}`);
    expect(trapped?.[2]).toBe("'+33 6 12 34 56 78");
    expect(parsed.find((row) => row[0] === 'Zoé Sur-place')?.[1]).toBe('');

    const xlsx = await get('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const names = [2, 3].map((row) => sheet.getRow(row).getCell(1));
    const cell = names.find((c) => String(c.value).includes('HYPERLINK'))!;
    expect(cell.value).toBe(`'${formula}`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('refuses an unknown format', async () => {
    const event = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
    const response = await as(() => exportParticipants(new Request(`http://localhost/x?format=pdf`), { params: Promise.resolve({ id: event.id }) }));
    expect(response.status).toBe(400);
  });
});

describe('retention', () => {
  it('saves the retention setting and refuses a value out of range', async () => {
    const event = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
    expect(await as(() => updateRetentionAction({ eventId: event.id, retentionMonths: 0 }))).toMatchObject({
      ok: false,
      fieldErrors: { retentionMonths: ['Gardez les données au moins 1 mois.'] },
    });
    expect((await testDb().event.findUniqueOrThrow({ where: { id: event.id } })).retentionMonths).toBe(12);
    expect(await as(() => updateRetentionAction({ eventId: event.id, retentionMonths: '24' }))).toMatchObject({ ok: true });
    expect((await as(() => getParticipantsSummary(event.id, NOW))).retention).toEqual({ lastEventDay: DAY_1, keptUntil: '2029-02-11', over: false });
  });

  it('lets organisers anonymise once the retention is over, not before', async () => {
    const future = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
    await createParticipant(testDb(), { eventId: future.id });
    expect(await as(() => anonymiseExpiredParticipantsAction({ eventId: future.id }))).toMatchObject({
      ok: false,
      error: 'La durée de conservation n’est pas écoulée : les données sont gardées jusqu’au 11 février 2028 inclus.',
    });
    expect(await testDb().registration.count({ where: { eventId: future.id, anonymisedAt: { not: null } } })).toBe(0);

    const past = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId, startsAt: new Date('2024-03-01T08:00:00Z') });
    for (let i = 0; i < 3; i += 1) await createParticipant(testDb(), { eventId: past.id });
    expect(await as(() => anonymiseExpiredParticipantsAction({ eventId: past.id }))).toMatchObject({ ok: true, data: { count: 3 } });
    expect(await testDb().registration.count({ where: { eventId: past.id, anonymisedAt: null } })).toBe(0);
    expect(await testDb().registration.count({ where: { eventId: past.id } })).toBe(3);
  });

  it('anonymises, as a scheduled job, only the events whose retention is over', async () => {
    const db = testDb();
    const expired = await createEvent(db, { ownerOrganisationId: admin.organisationId, startsAt: new Date('2025-01-15T08:00:00Z') });
    const kept = await createEvent(db, { ownerOrganisationId: admin.organisationId, startsAt: new Date('2025-01-15T08:00:00Z') });
    await db.event.update({ where: { id: kept.id }, data: { retentionMonths: 36 } });
    const gone = await createParticipant(db, { eventId: expired.id });
    const stays = await createParticipant(db, { eventId: kept.id });
    // 2026-01-15 is the last day kept for a 12-month retention; the 16th (Paris) it is over.
    await anonymiseExpiredParticipants(new Date('2026-01-15T12:00:00Z'));
    expect((await db.registration.findUniqueOrThrow({ where: { id: gone.id } })).anonymisedAt).toBeNull();
    await anonymiseExpiredParticipants(new Date('2026-01-16T12:00:00Z'));
    expect((await db.registration.findUniqueOrThrow({ where: { id: gone.id } })).anonymisedAt).not.toBeNull();
    expect((await db.registration.findUniqueOrThrow({ where: { id: stays.id } })).anonymisedAt).toBeNull();
  });
});

describe('participant list', () => {
  it('lists registrations with their status, hides placeholder e-mails, and searches', async () => {
    const event = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
    await createParticipant(testDb(), { eventId: event.id, name: 'Bruno Attente', status: 'WAITING', rank: 1 });
    await createParticipant(testDb(), { eventId: event.id, name: 'Ana Confirmée', organisation: 'Hub Sud' });
    await createParticipant(testDb(), { eventId: event.id, name: 'Camille Sur place', email: 'sur-place-9@trame.invalid', isWalkIn: true, source: 'sur-place' });
    const list = await as(() => listParticipants(event.id, { q: '', page: 1 }));
    expect(list.rows.map((r) => [r.name, r.statusLabel, r.rank])).toEqual([
      ['Ana Confirmée', 'Confirmée', null],
      ['Camille Sur place', 'Confirmée', null],
      ['Bruno Attente', "Liste d'attente", 1],
    ]);
    expect(list.rows[1]).toMatchObject({ email: null, isWalkIn: true, source: 'sur-place' });
    expect((await as(() => listParticipants(event.id, { q: 'hub', page: 1 }))).rows.map((r) => r.name)).toEqual(['Ana Confirmée']);
  });

  it('shows each person’s days, sessions and needs, and whether a confirmation can go again', async () => {
    const db = testDb();
    const event = await createEvent(db, { ownerOrganisationId: admin.organisationId });
    await createDay(db, { eventId: event.id, date: DAY_1 });
    await createDay(db, { eventId: event.id, date: DAY_2 });
    const workshop = await createRegistrationSession(db, { eventId: event.id, title: 'Atelier cartographie' });
    const talk = await createRegistrationSession(db, { eventId: event.id, title: 'Table ronde' });
    const ana = await createParticipant(db, { eventId: event.id, name: 'Ana', accessibilityNeeds: 'Repas sans gluten ; boucle magnétique' });
    await db.registration.update({ where: { id: ana.id }, data: { days: [DAY_2] } });
    await db.sessionRegistration.create({ data: { sessionId: workshop.id, registrationId: ana.id, status: 'CONFIRMED' } });
    await db.sessionRegistration.create({ data: { sessionId: talk.id, registrationId: ana.id, status: 'WAITING', rank: 1 } });
    await createParticipant(db, { eventId: event.id, name: 'Bea', email: 'sur-place-1@trame.invalid', isWalkIn: true, accessibilityNeeds: '  ' });
    const list = await as(() => listParticipants(event.id, { q: '', page: 1 }));
    const [first, second] = list.rows;
    expect(first).toMatchObject({ name: 'Ana', status: 'CONFIRMED', needs: 'Repas sans gluten ; boucle magnétique', canResend: true });
    expect(first?.daysLabel?.replace(/\s/g, ' ')).toBe('Vendredi 12 février');
    expect(first?.sessions.map((s) => [s.title, s.waiting]).sort()).toEqual([
      ['Atelier cartographie', false],
      ['Table ronde', true],
    ]);
    expect(second).toMatchObject({ name: 'Bea', daysLabel: 'Tous les jours', sessions: [], needs: null, canResend: false });
  });

  it('refuses an outsider everywhere', async () => {
    const { event, r2 } = await eventWithFigures();
    const outsider = await createUser(testDb());
    const asOutsider = <T>(fn: () => Promise<T>) => runAsCaller({ userId: outsider.id, organisationId: admin.organisationId }, fn);
    await expect(asOutsider(() => listParticipants(event.id, { q: '', page: 1 }))).rejects.toThrow('introuvable');
    await expect(asOutsider(() => getRegistrationFigures(event.id))).rejects.toThrow('introuvable');
    await expect(asOutsider(() => getParticipantsSummary(event.id))).rejects.toThrow('introuvable');
    const exported = await asOutsider(() => exportParticipants(new Request('http://localhost/x?format=csv'), { params: Promise.resolve({ id: event.id }) }));
    expect(exported.status).toBe(404);
    expect(await asOutsider(() => eraseParticipantAction({ eventId: event.id, registrationId: r2.id }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await asOutsider(() => updateRetentionAction({ eventId: event.id, retentionMonths: 1 }))).toMatchObject({ ok: false, code: 'not-found' });
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: r2.id } })).anonymisedAt).toBeNull();
  });
});
