import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET as downloadPdf } from '@/app/(app)/evenements/[id]/programme/pdf/route';
import { createDayAction, deleteDayAction, updateDayAction } from '@/lib/server/actions/programme-days';
import { createRoomAction, deleteRoomAction, updateRoomAction } from '@/lib/server/actions/programme-rooms';
import {
  cancelSessionAction,
  createSessionAction,
  deleteSessionAction,
  restoreSessionAction,
  updateSessionAction,
} from '@/lib/server/actions/programme-sessions';
import { createSpeakerAction, deleteSpeakerAction, updateSpeakerAction } from '@/lib/server/actions/programme-speakers';
import { markEventDoneAction, publishEventAction, unpublishEventAction } from '@/lib/server/actions/programme-status';
import { getPublicEvent } from '@/lib/server/queries/public-event';
import { runAsCaller } from '@/lib/server/current-user';
import type { SessionFormInput } from '@/lib/schemas/programme';
import { createEvent, createUser } from '@/tests/factories';
import { createAttendance, createParticipant } from '@/tests/factories/participants';
import { createDay, createRoom, createSession, createSpeaker } from '@/tests/factories/programme';
import { testDb } from '@/tests/support/db';

type Caller = { id: string };
let admin: Caller & { organisationId: string };
let eventId: string;

beforeEach(async () => {
  admin = await createUser(testDb(), { role: 'COORDINATOR' });
  eventId = (await createEvent(testDb(), { ownerOrganisationId: admin.organisationId })).id;
});

const as = <T,>(caller: Caller, fn: () => Promise<T>) => runAsCaller({ userId: caller.id }, fn);
const ok = <T,>(result: { ok: true; data: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.data;
};
const programmeVersion = async () => (await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).programmeVersion;

async function setUp() {
  const day = await createDay(testDb(), { eventId, date: '2027-02-11' });
  const [amphi, salleA] = [await createRoom(testDb(), { eventId, name: 'Amphi', capacity: 100 }), await createRoom(testDb(), { eventId, name: 'Salle A', capacity: 20 })];
  const awa = await createSpeaker(testDb(), { eventId, name: 'Awa Diallo' });
  const leo = await createSpeaker(testDb(), { eventId, name: 'Léo Martin' });
  return { day, amphi, salleA, awa, leo };
}

function sessionInput(overrides: Partial<SessionFormInput> & Pick<SessionFormInput, 'dayId'>): SessionFormInput {
  return {
    eventId,
    title: 'Atelier médiation',
    formatChoice: 'atelier',
    customFormat: '',
    description: '',
    startTime: '10:00',
    endTime: '11:30',
    roomId: '',
    capacity: 20,
    access: 'PRE_INSCRIPTION',
    allRooms: false,
    speakerIds: [],
    hostIds: [],
    ...overrides,
  };
}

describe('days', () => {
  it('creates, moves (with its sessions) and deletes a day, in Paris time, bumping the programme version', async () => {
    const created = ok(await as(admin, () => createDayAction({ eventId, date: '2027-02-11', startTime: '09:00', endTime: '17:30' })));
    const day = await testDb().eventDay.findUniqueOrThrow({ where: { id: created.id } });
    expect(day).toMatchObject({ date: '2027-02-11', startsAt: new Date('2027-02-11T08:00:00Z'), endsAt: new Date('2027-02-11T16:30:00Z') });
    expect(await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({
      startsAt: day.startsAt,
      endsAt: day.endsAt,
      programmeVersion: 2,
    });

    const duplicate = await as(admin, () => createDayAction({ eventId, date: '2027-02-11', startTime: '10:00', endTime: '12:00' }));
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { date: ['Cette journée figure déjà au programme.'] } });

    const session = await createSession(testDb(), { eventId, day, from: '14:00', to: '15:00' });
    ok(await as(admin, () => updateDayAction({ eventId, dayId: day.id, date: '2027-06-10', startTime: '08:30', endTime: '18:00' })));
    // Winter to summer: the same Paris time is an hour earlier in UTC.
    expect(await testDb().session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      startsAt: new Date('2027-06-10T12:00:00Z'),
      version: 2,
    });

    const refused = await as(admin, () => deleteDayAction({ eventId, dayId: day.id }));
    expect(refused).toMatchObject({ ok: false, code: 'conflict', error: expect.stringContaining('1 séance') });
    ok(await as(admin, () => deleteSessionAction({ eventId, sessionId: session.id })));
    expect(ok(await as(admin, () => deleteDayAction({ eventId, dayId: day.id })))).toMatchObject({
      summary: 'Journée du jeudi 10 juin 2027 supprimée, avec ses horaires. Le programme n’a plus de journée : l’événement garde les dates de sa fiche.',
    });
    expect(await testDb().eventDay.count({ where: { eventId } })).toBe(0);
  });

  it('keeps a day people registered for or were pointed on, and says what a removal took away', async () => {
    const first = await createDay(testDb(), { eventId, date: '2027-02-11' });
    const second = await createDay(testDb(), { eventId, date: '2027-02-12' });
    const third = await createDay(testDb(), { eventId, date: '2027-02-13' });
    const amina = await createParticipant(testDb(), { eventId, name: 'Amina', email: 'day-amina@exemple.fr' });
    await testDb().registration.update({ where: { id: amina.id }, data: { days: ['2027-02-12'] } });
    const refused = await as(admin, () => deleteDayAction({ eventId, dayId: second.id }));
    expect(refused).toMatchObject({ ok: false, code: 'conflict', error: '1 inscription porte sur cette journée : changez plutôt sa date (les inscriptions la suivront), ou prévenez ces personnes avant de la retirer.' });
    await createAttendance(testDb(), { registrationId: amina.id, date: '2027-02-13', status: 'PRESENT' });
    expect(await as(admin, () => deleteDayAction({ eventId, dayId: third.id }))).toMatchObject({ ok: false, code: 'conflict', error: expect.stringMatching(/^Des présences sont pointées ce jour-là \(1 pointage\)/) });
    expect(await testDb().eventDay.count({ where: { eventId } })).toBe(3);

    expect(ok(await as(admin, () => deleteDayAction({ eventId, dayId: first.id })))).toMatchObject({
      summary: 'Journée du jeudi 11 février 2027 supprimée, avec ses horaires. L’événement se tient désormais sur 2 journées, du vendredi 12 février 2027 au samedi 13 février 2027.',
    });
    expect(await testDb().event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true } })).toEqual({ startsAt: second.startsAt });
  });

  it('refuses closing before opening and writes nothing', async () => {
    const result = await as(admin, () => createDayAction({ eventId, date: '2027-02-11', startTime: '17:00', endTime: '09:00' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { endTime: ['L’heure de fin doit suivre l’heure de début.'] } });
    expect(await testDb().eventDay.count({ where: { eventId } })).toBe(0);
    expect(await programmeVersion()).toBe(1);
  });
});

describe('rooms and speakers', () => {
  it('creates, updates and deletes rooms; a room with sessions is kept', async () => {
    const { id } = ok(await as(admin, () => createRoomAction({ eventId, name: ' Amphi ', capacity: 120, equipment: 'Vidéoprojecteur' })));
    const second = ok(await as(admin, () => createRoomAction({ eventId, name: 'Salle B', capacity: null, equipment: '' })));
    expect(await testDb().room.findMany({ where: { eventId }, orderBy: { position: 'asc' }, select: { name: true, capacity: true, equipment: true } })).toEqual([
      { name: 'Amphi', capacity: 120, equipment: 'Vidéoprojecteur' },
      { name: 'Salle B', capacity: null, equipment: null },
    ]);
    ok(await as(admin, () => updateRoomAction({ eventId, roomId: id, name: 'Grand amphi', capacity: 150, equipment: '' })));
    expect(await testDb().room.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: 'Grand amphi', capacity: 150, equipment: null });

    const day = await createDay(testDb(), { eventId, date: '2027-02-11' });
    await createSession(testDb(), { eventId, day, roomId: id });
    expect(await as(admin, () => deleteRoomAction({ eventId, roomId: id }))).toMatchObject({ ok: false, code: 'conflict' });
    ok(await as(admin, () => deleteRoomAction({ eventId, roomId: second.id })));
    expect(await testDb().room.count({ where: { eventId } })).toBe(1);
    expect(await as(admin, () => createRoomAction({ eventId, name: '', capacity: 0, equipment: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { name: ['Donnez un nom à la salle.'], capacity: ['Au moins 1 place.'] },
    });
  });

  it('creates, updates and deletes speakers; deleting one takes them off their sessions', async () => {
    const input = { eventId, name: 'Awa Diallo', role: 'Coordinatrice', organisation: 'Hub Sud', scope: 'NATIONAL', gender: 'FEMME', email: 'awa@exemple.fr', phone: '' } as const;
    const { id } = ok(await as(admin, () => createSpeakerAction(input)));
    expect(await testDb().speaker.findUniqueOrThrow({ where: { id } })).toMatchObject({ scope: 'NATIONAL', gender: 'FEMME', phone: null });
    ok(await as(admin, () => updateSpeakerAction({ ...input, speakerId: id, gender: '', email: '' })));
    expect(await testDb().speaker.findUniqueOrThrow({ where: { id } })).toMatchObject({ gender: null, email: null });
    expect(await as(admin, () => createSpeakerAction({ ...input, email: 'pas-une-adresse' }))).toMatchObject({ ok: false, fieldErrors: { email: expect.any(Array) } });

    const day = await createDay(testDb(), { eventId, date: '2027-02-11' });
    const session = await createSession(testDb(), { eventId, day, speakerIds: [id] });
    ok(await as(admin, () => deleteSpeakerAction({ eventId, speakerId: id })));
    expect(await testDb().sessionSpeaker.count({ where: { sessionId: session.id } })).toBe(0);
    expect((await testDb().session.findUniqueOrThrow({ where: { id: session.id } })).version).toBe(2);
  });

  it('refuses a second card for the same person (same name and e-mail), even on a double click', async () => {
    const input = { eventId, name: 'Awa Diallo', role: '', organisation: '', scope: 'LOCAL', gender: '', email: 'awa@exemple.fr', phone: '' } as const;
    const both = await Promise.all([as(admin, () => createSpeakerAction(input)), as(admin, () => createSpeakerAction(input))]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringMatching(/^Cette personne figure déjà au programme/)] } });
    expect(await as(admin, () => createSpeakerAction({ ...input, name: 'AWA  Diallo', email: 'Awa@exemple.fr' }))).toMatchObject({ ok: false });
    // Another e-mail is another person; editing one into the other's twin is refused too.
    const { id } = ok(await as(admin, () => createSpeakerAction({ ...input, email: 'a.diallo@exemple.fr' })));
    expect(await as(admin, () => updateSpeakerAction({ ...input, speakerId: id }))).toMatchObject({ ok: false, fieldErrors: { name: expect.any(Array) } });
    ok(await as(admin, () => updateSpeakerAction({ ...input, speakerId: id, email: 'a.diallo@exemple.fr', role: 'Médiatrice' })));
    expect(await testDb().speaker.count({ where: { eventId } })).toBe(2);
  });
});

describe('sessions', () => {
  it('creates a session with speakers and co-hosts, reads it back, and keeps a cancelled one with its reason', async () => {
    const { day, salleA, awa, leo } = await setUp();
    const created = ok(
      await as(admin, () =>
        createSessionAction(sessionInput({ dayId: day.id, roomId: salleA.id, speakerIds: [awa.id], hostIds: [leo.id], description: 'Prototyper' })),
      ),
    );
    const stored = await testDb().session.findUniqueOrThrow({ where: { id: created.id }, include: { speakers: true } });
    expect(stored).toMatchObject({
      dayId: day.id,
      roomId: salleA.id,
      formatId: 'atelier',
      customFormat: null,
      startsAt: new Date('2027-02-11T09:00:00Z'),
      endsAt: new Date('2027-02-11T10:30:00Z'),
      capacity: 20,
      access: 'PRE_INSCRIPTION',
      version: 1,
    });
    expect(stored.speakers.map((s) => [s.speakerId, s.role]).sort()).toEqual([[awa.id, 'SPEAKER'], [leo.id, 'HOST']].sort());

    expect(await as(admin, () => cancelSessionAction({ eventId, sessionId: created.id, reason: ' ' }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.stringContaining('raison')] },
    });
    ok(await as(admin, () => cancelSessionAction({ eventId, sessionId: created.id, reason: 'Intervenante malade' })));
    expect(await testDb().session.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Intervenante malade',
      version: 2,
    });
    ok(await as(admin, () => restoreSessionAction({ eventId, sessionId: created.id })));
    expect(await testDb().session.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: 'PLANNED', cancelReason: null });
  });

  it('names a format outside the catalogue with « Autre », and refuses bad input without writing', async () => {
    const { day } = await setUp();
    const { id } = ok(await as(admin, () => createSessionAction(sessionInput({ dayId: day.id, formatChoice: 'autre', customFormat: 'Forum ouvert', capacity: null }))));
    expect(await testDb().session.findUniqueOrThrow({ where: { id } })).toMatchObject({ formatId: null, customFormat: 'Forum ouvert' });

    const bad = await as(admin, () =>
      createSessionAction(sessionInput({ dayId: day.id, title: '', formatChoice: 'autre', startTime: '11:00', endTime: '10:00' })),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { title: [expect.any(String)], customFormat: [expect.any(String)], endTime: ['L’heure de fin doit suivre l’heure de début.'] },
    });
    expect(await testDb().session.count({ where: { eventId } })).toBe(1);
  });

  it('refuses a stale edit: of two edits opened on the same version, the second is refused and the first kept', async () => {
    const { day, amphi, salleA } = await setUp();
    const session = await createSession(testDb(), { eventId, day, roomId: amphi.id, title: 'Plénière' });
    const first = await as(admin, () => updateSessionAction({ ...sessionInput({ dayId: day.id, roomId: salleA.id, title: 'Première' }), sessionId: session.id, version: 1 }));
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await as(admin, () => updateSessionAction({ ...sessionInput({ dayId: day.id, title: 'Seconde' }), sessionId: session.id, version: 1 }));
    expect(second).toMatchObject({
      ok: false,
      code: 'conflict',
      error:
        'Cette séance a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez la page pour voir sa dernière version ; vos changements n’ont pas été enregistrés.',
    });
    expect(await testDb().session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ title: 'Première', roomId: salleA.id, version: 2 });
  });

  it('refuses a day, room, speaker or session of another event, writing nothing', async () => {
    const { day, salleA } = await setUp();
    const other = await createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
    const otherDay = await createDay(testDb(), { eventId: other.id, date: '2027-02-11' });
    const otherRoom = await createRoom(testDb(), { eventId: other.id });
    const otherSpeaker = await createSpeaker(testDb(), { eventId: other.id });
    const otherSession = await createSession(testDb(), { eventId: other.id, day: otherDay, title: 'Ailleurs' });

    const attempts = [
      [sessionInput({ dayId: otherDay.id }), 'dayId'],
      [sessionInput({ dayId: day.id, roomId: otherRoom.id }), 'roomId'],
      [sessionInput({ dayId: day.id, roomId: salleA.id, hostIds: [otherSpeaker.id] }), 'speakerIds'],
    ] as const;
    for (const [input, field] of attempts) {
      expect(await as(admin, () => createSessionAction(input))).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.stringContaining('introuvable')] } });
    }
    const foreign = [
      () => cancelSessionAction({ eventId, sessionId: otherSession.id, reason: 'Non' }),
      () => deleteRoomAction({ eventId, roomId: otherRoom.id }),
      () => updateDayAction({ eventId, dayId: otherDay.id, date: '2027-02-12', startTime: '09:00', endTime: '10:00' }),
      () => deleteSpeakerAction({ eventId, speakerId: otherSpeaker.id }),
    ];
    for (const attempt of foreign) expect(await as(admin, attempt)).toMatchObject({ ok: false, code: 'not-found' });
    const stale = await as(admin, () => updateSessionAction({ ...sessionInput({ dayId: day.id }), sessionId: otherSession.id, version: 1 }));
    expect(stale).toMatchObject({ ok: false, code: 'not-found' });
    expect(await testDb().session.count({ where: { eventId } })).toBe(0);
    expect(await testDb().session.findUniqueOrThrow({ where: { id: otherSession.id } })).toMatchObject({ title: 'Ailleurs', status: 'PLANNED' });
    expect(await testDb().room.count({ where: { eventId: other.id } })).toBe(1);
    expect(await programmeVersion()).toBe(1);
  });
});

describe('publication', () => {
  it('refuses to publish while a blocking conflict remains, then publishes once resolved, then marks done', async () => {
    const { day, amphi, salleA, awa } = await setUp();
    const plenary = await createSession(testDb(), { eventId, day, roomId: amphi.id, title: 'Ouverture', speakerIds: [awa.id] });
    const clash = await createSession(testDb(), { eventId, day, roomId: salleA.id, title: 'Atelier en parallèle', from: '10:30', to: '11:30', speakerIds: [awa.id] });

    const refused = await as(admin, () => publishEventAction({ eventId }));
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    if (refused.ok) throw new Error('published');
    expect(refused.error).toContain('Publication refusée : résolvez d’abord un conflit bloquant');
    expect(refused.error).toContain('Awa Diallo intervient en même temps');
    expect(await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ status: 'DRAFT', publishedAt: null });

    ok(await as(admin, () => updateSessionAction({ ...sessionInput({ dayId: day.id, roomId: salleA.id, title: 'Atelier en parallèle', startTime: '11:00', endTime: '12:00', speakerIds: [awa.id] }), sessionId: clash.id, version: 1 })));
    // A cancelled session never conflicts: it occupies neither room nor person.
    await createSession(testDb(), { eventId, day, roomId: amphi.id, title: 'Annulée', speakerIds: [awa.id] }).then((s) =>
      testDb().session.update({ where: { id: s.id }, data: { status: 'CANCELLED', cancelReason: 'Doublon' } }),
    );
    const published = await as(admin, () => publishEventAction({ eventId }));
    expect(published).toMatchObject({ ok: true, data: { status: 'PUBLISHED' } });
    expect((await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).publishedAt).toBeInstanceOf(Date);
    expect(await as(admin, () => publishEventAction({ eventId }))).toMatchObject({ ok: false, code: 'conflict' });

    ok(await as(admin, () => markEventDoneAction({ eventId })));
    expect((await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('DONE');
    expect(plenary.id).toBeTruthy();
  });

  it('lets a member edit the programme but not publish it', async () => {
    const member = await createUser(testDb(), { organisationId: admin.organisationId, role: 'MEMBER' });
    ok(await as(member, () => createRoomAction({ eventId, name: 'Salle C', capacity: null, equipment: '' })));
    expect(await as(member, () => publishEventAction({ eventId }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('DRAFT');
  });
});

describe('unpublication', () => {
  it('takes a published event back to draft: the public page is gone, registrations stay', async () => {
    const { slug } = await testDb().event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true } });
    expect(await as(admin, () => unpublishEventAction({ eventId }))).toMatchObject({ ok: false, code: 'conflict' });
    ok(await as(admin, () => publishEventAction({ eventId })));
    expect(await getPublicEvent(slug)).not.toBeNull();
    await createParticipant(testDb(), { eventId, name: 'Inès', email: 'unpublish-ines@exemple.fr' });

    const member = await createUser(testDb(), { organisationId: admin.organisationId, role: 'MEMBER' });
    expect(await as(member, () => unpublishEventAction({ eventId }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('PUBLISHED');

    expect(await as(admin, () => unpublishEventAction({ eventId }))).toMatchObject({ ok: true, data: { status: 'DRAFT' } });
    expect(await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ status: 'DRAFT', publishedAt: null });
    expect(await getPublicEvent(slug)).toBeNull();
    expect(await testDb().registration.count({ where: { eventId } })).toBe(1);

    // Published again, then held: a past event is not taken back.
    ok(await as(admin, () => publishEventAction({ eventId })));
    ok(await as(admin, () => markEventDoneAction({ eventId })));
    expect(await as(admin, () => unpublishEventAction({ eventId }))).toMatchObject({ ok: false, code: 'conflict' });
    expect((await testDb().event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('DONE');
  });
});

describe('programme PDF', () => {
  const pdfOf = (caller: Caller, id: string) =>
    as(caller, () => downloadPdf(new Request(`http://localhost/evenements/${id}/programme/pdf`), { params: Promise.resolve({ id }) }));

  it('gives organisers the programme day by day, cancelled sessions marked, and an outsider 404', async () => {
    const { day, amphi, awa } = await setUp();
    await createSession(testDb(), { eventId, day, roomId: amphi.id, title: 'Ouverture régionale', speakerIds: [awa.id] });
    const cancelled = await createSession(testDb(), { eventId, day, from: '14:00', to: '15:00', title: 'Démo annulée' });
    await testDb().session.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED', cancelReason: 'Intervenant absent' } });

    const response = await pdfOf(admin, eventId);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    const text = spawnSync('pdftotext', ['-', '-'], { input: Buffer.from(await response.arrayBuffer()), encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const expected of ['Jeudi 11 février 2027', '10:00–11:00', 'Ouverture régionale', 'Awa Diallo', 'Amphi', 'ANNULÉ — Intervenant absent', 'Programme généré par Trame', '1/1']) {
      expect(text).toContain(expected);
    }

    const outsider = await createUser(testDb());
    expect((await pdfOf(outsider, eventId)).status).toBe(404);
    expect(await as(outsider, () => createRoomAction({ eventId, name: 'Pirate', capacity: null, equipment: '' }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await testDb().room.count({ where: { eventId, name: 'Pirate' } })).toBe(0);
  });
});
