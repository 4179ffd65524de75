import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getEventCalendar } from '@/app/(public)/e/[slug]/calendar.ics/route';
import PublicEventPage from '@/app/(public)/e/[slug]/page';
import { GET as getProgrammeJson } from '@/app/(public)/e/[slug]/programme.json/route';
import { GET as getSessionCalendar } from '@/app/(public)/e/[slug]/seances/[sessionId]/calendar.ics/route';
import type { ScheduleJson } from '@/lib/domain/public';
import { getPublicEvent } from '@/lib/server/queries/public-event';
import { createEvent, createUser } from '@/tests/factories';
import { createEventDay, createRoom, createSession, createSpeaker, setPublicDetails } from '@/tests/factories/public';
import { createParticipant } from '@/tests/factories/participants';
import { testDb } from '@/tests/support/db';

const request = (path: string) => new Request(`http://localhost:3000${path}`);
const eventIcs = (slug: string) => getEventCalendar(request(`/e/${slug}/calendar.ics`), { params: Promise.resolve({ slug }) });
const sessionIcs = (slug: string, sessionId: string) =>
  getSessionCalendar(request(`/e/${slug}/seances/${sessionId}/calendar.ics`), { params: Promise.resolve({ slug, sessionId }) });
const programmeJson = (slug: string) => getProgrammeJson(request(`/e/${slug}/programme.json`), { params: Promise.resolve({ slug }) });

function vevents(text: string): Record<string, VEvent> {
  const parsed = ical.sync.parseICS(text);
  return Object.fromEntries(
    Object.values(parsed)
      .filter((component): component is VEvent => component?.type === 'VEVENT')
      .map((e) => [e.uid, e]),
  );
}

let published: { id: string; slug: string };
let summer: { id: string; slug: string };
let draft: { id: string; slug: string };
const ids: Record<'opening' | 'workshop' | 'cancelled' | 'dayTwo' | 'summerTalk' | 'draftTalk', string> = {
  opening: '',
  workshop: '',
  cancelled: '',
  dayTwo: '',
  summerTalk: '',
  draftTalk: '',
};

beforeAll(async () => {
  const db = testDb();
  const owner = await createUser(db, { organisation: { name: 'Hub Sud' } });
  const ownerOrganisationId = owner.organisationId;
  published = await createEvent(db, {
    ownerOrganisationId,
    title: 'Rencontre publique',
    status: 'PUBLISHED',
    startsAt: new Date('2027-02-11T08:00:00Z'),
    endsAt: new Date('2027-02-12T16:00:00Z'),
  });
  await setPublicDetails(db, published.id, { programmeVersion: 3, visioUrl: 'https://visio.exemple/secret-room', mode: 'HYBRIDE' });
  const [day1, day2] = [
    await createEventDay(db, { eventId: published.id, date: '2027-02-11' }),
    await createEventDay(db, { eventId: published.id, date: '2027-02-12' }),
  ];
  const plenary = await createRoom(db, { eventId: published.id, name: 'Salle plénière', position: 0 });
  const workshopRoom = await createRoom(db, { eventId: published.id, name: 'Salle atelier', position: 1 });
  const nadia = await createSpeaker(db, { eventId: published.id, name: 'Nadia Benali', role: 'Coordinatrice', organisation: 'Hub Sud', email: 'nadia@secret.fr', phone: '0611223344', gender: 'FEMME' });
  const awa = await createSpeaker(db, { eventId: published.id, name: 'Awa Diallo', email: 'awa@secret.fr' });
  const base = { eventId: published.id, date: '2027-02-11', dayId: day1!.id };
  ids.opening = (await createSession(db, { ...base, title: 'Ouverture', start: '09:30', end: '10:30', roomId: plenary.id, formatId: 'pleniere', speakerIds: [nadia.id] })).id;
  ids.workshop = (await createSession(db, { ...base, title: 'Atelier', start: '11:00', end: '12:30', roomId: workshopRoom.id, formatId: 'atelier', speakerIds: [nadia.id], hostIds: [awa.id] })).id;
  ids.cancelled = (await createSession(db, { ...base, title: 'Démo annulée', start: '11:00', end: '12:00', roomId: plenary.id, formatId: 'demo', speakerIds: [awa.id], cancelReason: 'Intervenante indisponible' })).id;
  ids.dayTwo = (await createSession(db, { eventId: published.id, date: '2027-02-12', dayId: day2!.id, title: 'Retex', start: '14:00', end: '15:00', roomId: plenary.id, formatId: 'retex' })).id;

  summer = await createEvent(db, { ownerOrganisationId, title: 'Rencontre d’été', status: 'DONE', startsAt: new Date('2027-07-08T07:00:00Z'), endsAt: new Date('2027-07-08T15:00:00Z') });
  ids.summerTalk = (await createSession(db, { eventId: summer.id, date: '2027-07-08', title: 'Keynote', start: '09:30', end: '10:15', formatId: 'keynote' })).id;

  draft = await createEvent(db, { ownerOrganisationId, title: 'Brouillon', status: 'DRAFT' });
  ids.draftTalk = (await createSession(db, { eventId: draft.id, date: '2027-02-11', title: 'Pas encore publique', start: '10:00', end: '11:00' })).id;
});

describe('public event feeds', () => {
  it('gives the event and all its sessions as iCalendar, in Europe/Paris, with stable UIDs and SEQUENCE', async () => {
    const response = await eventIcs(published.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${published.slug}.ics"`);
    const text = await response.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270211T093000');

    const events = vevents(text);
    expect(Object.keys(events).sort()).toEqual(
      [`event-${published.id}@trame`, ...[ids.opening, ids.workshop, ids.cancelled, ids.dayTwo].map((id) => `session-${id}@trame`)].sort(),
    );
    const whole = events[`event-${published.id}@trame`]!;
    expect(whole.start.toISOString()).toBe('2027-02-11T08:00:00.000Z');
    expect(whole.end?.toISOString()).toBe('2027-02-12T16:00:00.000Z');
    expect(Number(whole.sequence)).toBe(3);

    const opening = events[`session-${ids.opening}@trame`]!;
    expect(opening.start.toISOString()).toBe('2027-02-11T08:30:00.000Z'); // 09:30 in Paris, winter (UTC+1)
    expect(opening.start.tz).toBe('Europe/Paris');
    expect(Number(opening.sequence)).toBe(3);
    expect(opening.status).toBe('CONFIRMED');
    expect(opening.location).toContain('Salle plénière');

    const cancelled = events[`session-${ids.cancelled}@trame`]!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(String(cancelled.description)).toContain('Intervenante indisponible');
    expect(events[`session-${ids.dayTwo}@trame`]!.start.toISOString()).toBe('2027-02-12T13:00:00.000Z');

    for (const secret of ['secret-room', 'visio.exemple', 'nadia@secret.fr', '0611223344', 'FEMME']) expect(text).not.toContain(secret);
  });

  it('reads summer sessions at UTC+2', async () => {
    const events = vevents(await (await eventIcs(summer.slug)).text());
    expect(events[`session-${ids.summerTalk}@trame`]!.start.toISOString()).toBe('2027-07-08T07:30:00.000Z');
    expect(events[`event-${summer.id}@trame`]!.start.toISOString()).toBe('2027-07-08T07:00:00.000Z');
  });

  it('bumps SEQUENCE with the programme version and keeps the UIDs', async () => {
    await testDb().event.update({ where: { id: published.id }, data: { programmeVersion: 4 } });
    const events = vevents(await (await eventIcs(published.slug)).text());
    expect(Number(events[`event-${published.id}@trame`]!.sequence)).toBe(4);
    expect(Number(events[`session-${ids.opening}@trame`]!.sequence)).toBe(4);
    await testDb().event.update({ where: { id: published.id }, data: { programmeVersion: 3 } });
  });

  it('gives one session as its own feed, with the same UID and SEQUENCE', async () => {
    const response = await sessionIcs(published.slug, ids.cancelled);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.ics"$/);
    const events = vevents(await response.text());
    expect(Object.keys(events)).toEqual([`session-${ids.cancelled}@trame`]);
    const session = events[`session-${ids.cancelled}@trame`]!;
    expect(session.status).toBe('CANCELLED');
    expect(Number(session.sequence)).toBe(3);
    expect(session.start.toISOString()).toBe('2027-02-11T10:00:00.000Z');
  });

  it('gives the programme as JSON, day by day, without private data', async () => {
    const response = await programmeJson(published.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    const json = JSON.parse(text) as ScheduleJson;
    expect(json.event).toMatchObject({ slug: published.slug, url: `http://localhost:3000/e/${published.slug}`, programmeVersion: 3, mode: 'HYBRIDE' });
    expect(json.days.map((d) => [d.date, d.sessions.map((s) => s.title)])).toEqual([
      ['2027-02-11', ['Ouverture', 'Démo annulée', 'Atelier']],
      ['2027-02-12', ['Retex']],
    ]);
    expect(json.days[0]?.sessions[0]).toMatchObject({ start: '2027-02-11T09:30:00+01:00', room: 'Salle plénière', format: 'Plénière', speakers: ['Nadia Benali'], status: 'planned' });
    expect(json.days[0]?.sessions[1]).toMatchObject({ status: 'cancelled', cancelReason: 'Intervenante indisponible' });
    expect(json.days[0]?.sessions[2]).toMatchObject({ speakers: ['Nadia Benali'], hosts: ['Awa Diallo'] });
    for (const secret of ['secret-room', 'nadia@secret.fr', '0611223344', 'FEMME']) expect(text).not.toContain(secret);
  });

  it('reads the public event with one query into a DTO without private fields', async () => {
    const event = await getPublicEvent(published.slug);
    expect(event?.organisers).toEqual(['Hub Sud']);
    expect(event?.speakers.map((s) => Object.keys(s).sort())).toEqual([
      ['id', 'name', 'organisation', 'role'],
      ['id', 'name', 'organisation', 'role'],
    ]);
    expect(JSON.stringify(event)).not.toMatch(/secret|0611223344|FEMME/);
  });
});

describe('seats, organisers and contact on the public page', () => {
  it('counts the waiting list before the seats left, and says « complet » when a newcomer would wait', async () => {
    const db = testDb();
    const owner = await createUser(db, { organisation: { name: 'Hub Jauge' } });
    const event = await createEvent(db, { ownerOrganisationId: owner.organisationId, title: 'Jauge', status: 'PUBLISHED' });
    await db.event.update({ where: { id: event.id }, data: { capacity: 3 } });
    await createParticipant(db, { eventId: event.id });
    await createParticipant(db, { eventId: event.id, status: 'CANCELLED' });
    expect((await getPublicEvent(event.slug))?.seats).toEqual({ kind: 'open', left: 2 });
    // A seat freed while someone waits is theirs: nothing left for the public.
    await createParticipant(db, { eventId: event.id, status: 'WAITING', rank: 1 });
    await createParticipant(db, { eventId: event.id, status: 'WAITING', rank: 2 });
    const full = await getPublicEvent(event.slug);
    expect(full).toMatchObject({ seats: { kind: 'full' }, seatsLeft: 0 });
  });

  it('lists host and accepted co-organisers with their logos, and the public contact only when given', async () => {
    const db = testDb();
    const owner = await createUser(db, { organisation: { name: 'Hub Logo' } });
    const partner = await createUser(db, { organisation: { name: 'Médiathèque Partenaire' } });
    const event = await createEvent(db, { ownerOrganisationId: owner.organisationId, title: 'Organisateurs', status: 'PUBLISHED', coOrganiserIds: [partner.organisationId] });
    await db.organisation.update({ where: { id: owner.organisationId }, data: { logo: new Uint8Array([1, 2, 3]), logoType: 'image/png' } });
    const before = await getPublicEvent(event.slug);
    expect(before?.organiserCards).toEqual([
      { name: 'Hub Logo', role: 'host', logoUrl: `/o/${owner.organisationId}/logo` },
      { name: 'Médiathèque Partenaire', role: 'co', logoUrl: null },
    ]);
    expect(before?.contact).toBeNull();
    await db.event.update({ where: { id: event.id }, data: { publicContactEmail: 'contact@hub-logo.fr', publicContactPhone: ' ' } });
    expect((await getPublicEvent(event.slug))?.contact).toEqual({ email: 'contact@hub-logo.fr', phone: null });
  });
});

describe('a draft event is not public', () => {
  it('answers 404 on its calendar, its sessions’ calendars and its JSON', async () => {
    expect((await eventIcs(draft.slug)).status).toBe(404);
    expect((await sessionIcs(draft.slug, ids.draftTalk)).status).toBe(404);
    expect((await programmeJson(draft.slug)).status).toBe(404);
    expect(await getPublicEvent(draft.slug)).toBeNull();
  });

  it('renders the not-found page instead of the event page', async () => {
    const rendering = PublicEventPage({ params: Promise.resolve({ slug: draft.slug }) });
    await expect(rendering).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
  });

  it('answers 404 to unknown or malformed slugs and to a session of another event', async () => {
    expect((await eventIcs('inconnu')).status).toBe(404);
    expect((await programmeJson('../../etc/passwd')).status).toBe(404);
    expect((await sessionIcs(published.slug, ids.summerTalk)).status).toBe(404);
    expect((await sessionIcs(published.slug, 'pas-un-identifiant')).status).toBe(404);
  });
});
