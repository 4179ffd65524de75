import { beforeAll, describe, expect, it } from 'vitest';
import { setAttendanceAction, setSessionAttendanceAction } from '@/lib/server/actions/checkin';
import { addWalkInAction } from '@/lib/server/actions/participants';
import { runAsCaller } from '@/lib/server/current-user';
import { getCheckIn } from '@/lib/server/queries/checkin';
import { getRegistrationFigures } from '@/lib/server/queries/registration-figures';
import { createEvent, createUser } from '@/tests/factories';
import { createAttendance, createParticipant } from '@/tests/factories/participants';
import { createDay } from '@/tests/factories/programme';
import { createRegistrationSession } from '@/tests/factories/registrations';
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

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'MEMBER' });
});

describe('check-in', () => {
  it('marks someone present in one tap, changes the status, and undoes it', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id, name: 'Élodie Marchand' });
    const mark = (status: 'PRESENT' | 'EXCUSED' | null, date = DAY_1) =>
      as(() => setAttendanceAction({ eventId: event.id, registrationId: person.id, date, status }));

    expect(await mark('PRESENT')).toMatchObject({ ok: true });
    expect(await testDb().attendance.findMany({ where: { registrationId: person.id } })).toMatchObject([{ date: DAY_1, status: 'PRESENT' }]);
    await mark('EXCUSED');
    await mark('PRESENT', DAY_2);
    const rows = await testDb().attendance.findMany({ where: { registrationId: person.id }, orderBy: { date: 'asc' } });
    expect(rows.map((r) => [r.date, r.status])).toEqual([[DAY_1, 'EXCUSED'], [DAY_2, 'PRESENT']]);
    await mark(null);
    expect(await testDb().attendance.count({ where: { registrationId: person.id, date: DAY_1 } })).toBe(0);
  });

  it('refuses a day outside the event and a person of another event, writing nothing', async () => {
    const event = await twoDayEvent();
    const other = await twoDayEvent();
    const stranger = await createParticipant(testDb(), { eventId: other.id });
    const person = await createParticipant(testDb(), { eventId: event.id });
    const wrongDay = await as(() => setAttendanceAction({ eventId: event.id, registrationId: person.id, date: '2027-02-13', status: 'PRESENT' }));
    expect(wrongDay).toMatchObject({ ok: false, fieldErrors: { date: ['Ce jour ne fait pas partie de l’événement.'] } });
    const wrongEvent = await as(() => setAttendanceAction({ eventId: event.id, registrationId: stranger.id, date: DAY_1, status: 'PRESENT' }));
    expect(wrongEvent).toMatchObject({ ok: false, code: 'not-found' });
    const badDate = await as(() => setAttendanceAction({ eventId: event.id, registrationId: person.id, date: '11/02/2027', status: 'PRESENT' }));
    expect(badDate).toMatchObject({ ok: false, fieldErrors: { date: ['Indiquez une date valide (AAAA-MM-JJ).'] } });
    expect(await testDb().attendance.count({ where: { registrationId: { in: [person.id, stranger.id] } } })).toBe(0);
  });

  it('lists the confirmed participants of a day, without speakers or the waiting list', async () => {
    const event = await twoDayEvent();
    const ana = await createParticipant(testDb(), { eventId: event.id, name: 'Ana Lopez', organisation: 'Hub Sud' });
    await createParticipant(testDb(), { eventId: event.id, name: 'Bruno Speaker', isSpeaker: true });
    await createParticipant(testDb(), { eventId: event.id, name: 'Chloé Attente', status: 'WAITING', rank: 1 });
    const eve = await createParticipant(testDb(), { eventId: event.id, name: 'Ève Durand', category: 'ELU' });
    await createAttendance(testDb(), { registrationId: eve.id, date: DAY_2, status: 'EXCUSED' });

    const day2 = await as(() => getCheckIn(event.id, DAY_2));
    expect(day2.days).toEqual([DAY_1, DAY_2]);
    expect(day2.day).toBe(DAY_2);
    expect(day2.people).toEqual([
      { id: ana.id, name: 'Ana Lopez', organisation: 'Hub Sud', categoryLabel: 'Médiateur·rice numérique', isWalkIn: false, expected: true, status: null, markedBy: null, markedAt: null },
      { id: eve.id, name: 'Ève Durand', organisation: 'Association du quartier', categoryLabel: 'Élu·e', isWalkIn: false, expected: true, status: 'EXCUSED', markedBy: null, markedAt: null },
    ]);
    // An unknown day falls back to the first day (the event is not today).
    expect((await as(() => getCheckIn(event.id, '2030-01-01', new Date('2026-12-01T10:00:00Z')))).day).toBe(DAY_1);
  });

  it('adds a walk-in on the spot, present that day, with a placeholder e-mail', async () => {
    const event = await twoDayEvent();
    const before = await as(() => getRegistrationFigures(event.id));
    const result = await as(() =>
      addWalkInAction({ eventId: event.id, date: DAY_2, name: '  Yanis Belkacem ', category: 'BENEVOLE', email: '', organisation: '' }),
    );
    if (!result.ok) throw new Error(result.error);
    const row = await testDb().registration.findUniqueOrThrow({ where: { id: result.data.id }, include: { attendances: true } });
    expect(row).toMatchObject({ name: 'Yanis Belkacem', category: 'BENEVOLE', status: 'CONFIRMED', isWalkIn: true, source: 'sur-place', organisation: null });
    expect(row.email).toMatch(/^sur-place-[0-9a-f-]{36}@trame\.invalid$/);
    expect(row.attendances).toMatchObject([{ date: DAY_2, status: 'PRESENT' }]);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const after = await as(() => getRegistrationFigures(event.id));
    expect(after.days[1]).toMatchObject({ present: 1, walkIns: 1, expected: 0 });
    expect(after.presentCount).toBe(before.presentCount + 1);
    expect(after.curve?.total).toBe(0);

    const second = await as(() => addWalkInAction({ eventId: event.id, date: DAY_1, name: 'Zoé', category: 'AUTRE', email: 'Zoe@Exemple.fr', organisation: 'Mairie' }));
    expect(second.ok).toBe(true);
    const again = await as(() => addWalkInAction({ eventId: event.id, date: DAY_1, name: 'Zoé bis', category: 'AUTRE', email: 'zoe@exemple.fr', organisation: '' }));
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: ['Cette adresse est déjà inscrite (confirmée) : cherchez la personne dans la liste.'] } });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(2);
  });

  it('refuses a walk-in without a name or with a bad e-mail, writing nothing', async () => {
    const event = await twoDayEvent();
    const result = await as(() => addWalkInAction({ eventId: event.id, date: DAY_1, name: ' ', category: 'AUTRE', email: 'pas-une-adresse', organisation: '' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ['Indiquez le nom de la personne.'],
        email: ['Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).'],
      },
    });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('ticks the attendance of a session on pre-registration, not of a free-access one', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id, name: 'Inès Gâteau' });
    const workshop = await createRegistrationSession(testDb(), { eventId: event.id, title: 'Atelier fracture', startsAt: new Date('2027-02-11T13:00:00Z') });
    const free = await createRegistrationSession(testDb(), { eventId: event.id, access: 'ACCES_LIBRE', startsAt: new Date('2027-02-11T13:00:00Z') });
    const entry = await testDb().sessionRegistration.create({ data: { sessionId: workshop.id, registrationId: person.id, status: 'CONFIRMED' } });
    const freeEntry = await testDb().sessionRegistration.create({ data: { sessionId: free.id, registrationId: person.id, status: 'CONFIRMED' } });

    const checkIn = await as(() => getCheckIn(event.id, DAY_1));
    expect(checkIn.sessions).toEqual([{ id: workshop.id, title: 'Atelier fracture', time: '14:00–15:30', people: [{ id: entry.id, name: 'Inès Gâteau', attended: null }] }]);
    expect((await as(() => getCheckIn(event.id, DAY_2))).sessions).toEqual([]);

    expect(await as(() => setSessionAttendanceAction({ eventId: event.id, sessionRegistrationId: entry.id, attended: true }))).toMatchObject({ ok: true });
    expect((await testDb().sessionRegistration.findUniqueOrThrow({ where: { id: entry.id } })).attended).toBe(true);
    const refused = await as(() => setSessionAttendanceAction({ eventId: event.id, sessionRegistrationId: freeEntry.id, attended: true }));
    expect(refused).toMatchObject({ ok: false, code: 'not-found' });
    expect((await testDb().sessionRegistration.findUniqueOrThrow({ where: { id: freeEntry.id } })).attended).toBeNull();
  });

  it('refuses an outsider everywhere', async () => {
    const event = await twoDayEvent();
    const person = await createParticipant(testDb(), { eventId: event.id });
    const outsider = await createUser(testDb());
    const asOutsider = <T>(fn: () => Promise<T>) => runAsCaller({ userId: outsider.id, organisationId: admin.organisationId }, fn);
    expect(await asOutsider(() => setAttendanceAction({ eventId: event.id, registrationId: person.id, date: DAY_1, status: 'PRESENT' }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await asOutsider(() => addWalkInAction({ eventId: event.id, date: DAY_1, name: 'X', category: 'AUTRE', email: '', organisation: '' }))).toMatchObject({ ok: false });
    await expect(asOutsider(() => getCheckIn(event.id, DAY_1))).rejects.toThrow('introuvable');
    expect(await testDb().attendance.count({ where: { registrationId: person.id } })).toBe(0);
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(1);
  });
});
