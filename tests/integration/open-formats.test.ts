// The programme in the formats other tools read: frab's schedule.xml (validated against c3voc's XSD)
// and its JSON twin. Built from a real database through the route handlers.
import { create } from 'xmlbuilder2';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getScheduleJson } from '@/app/(public)/e/[slug]/schedule.json/route';
import { GET as getScheduleXml } from '@/app/(public)/e/[slug]/schedule.xml/route';
import { GET as getOrganisationCalendar } from '@/app/(public)/o/[organisationId]/evenements.ics/route';
import { GET as getOpenAgenda } from '@/app/(app)/evenements/[id]/openagenda.json/route';
import { runAsCaller } from '@/lib/server/current-user';
import ical, { type VEvent } from 'node-ical';
import { createEvent, createOrganisation, createUser } from '@/tests/factories';
import { createEventDay, createRoom, createSession, createSpeaker, setPublicDetails } from '@/tests/factories/public';
import { testDb } from '@/tests/support/db';
import { validateAgainstXsd } from '@/tests/support/xml-schema';

const get = (handler: typeof getScheduleXml, slug: string, file: string) =>
  handler(new Request(`http://localhost:3000/e/${slug}/${file}`), { params: Promise.resolve({ slug }) });

let published: { id: string; slug: string };
let draft: { id: string; slug: string };
const orgs = { hub: '', partner: '', funder: '' };
let ownerId = '';
const feedEvents = { partnerAccepted: '', partnerPending: '' };
const ids = { opening: '', workshop: '', cancelled: '', retex: '', lunch: '', nadia: '', plenary: '' };

beforeAll(async () => {
  const db = testDb();
  const owner = await createUser(db, { organisation: { name: 'Hub Sud' } });
  published = await createEvent(db, {
    ownerOrganisationId: owner.organisationId,
    title: 'Rencontre <numérique> & territoires',
    status: 'PUBLISHED',
    startsAt: new Date('2027-02-11T08:00:00Z'),
    endsAt: new Date('2027-02-12T16:00:00Z'),
  });
  await setPublicDetails(db, published.id, { programmeVersion: 5, visioUrl: 'https://visio.exemple/secret-room', mode: 'HYBRIDE' });
  const day1 = await createEventDay(db, { eventId: published.id, date: '2027-02-11', opens: '09:00', closes: '17:30' });
  const day2 = await createEventDay(db, { eventId: published.id, date: '2027-02-12', opens: '09:00', closes: '17:00' });
  const plenary = await createRoom(db, { eventId: published.id, name: 'Salle plénière', position: 0 });
  const workshopRoom = await createRoom(db, { eventId: published.id, name: 'Salle atelier', position: 1 });
  ids.plenary = plenary.id;
  const nadia = await createSpeaker(db, { eventId: published.id, name: 'Nadia Benali', email: 'nadia@secret.fr', phone: '0611223344' });
  const awa = await createSpeaker(db, { eventId: published.id, name: 'Awa Diallo', email: 'awa@secret.fr' });
  ids.nadia = nadia.id;
  const d1 = { eventId: published.id, date: '2027-02-11', dayId: day1.id };
  ids.opening = (await createSession(db, { ...d1, title: 'Ouverture', start: '09:30', end: '10:30', roomId: plenary.id, formatId: 'pleniere', speakerIds: [nadia.id] })).id;
  ids.workshop = (await createSession(db, { ...d1, title: 'Atelier « données & territoires »', description: 'Cartographier <vraiment> les lieux.', start: '11:00', end: '12:30', roomId: workshopRoom.id, formatId: 'atelier', speakerIds: [nadia.id], hostIds: [awa.id] })).id;
  ids.cancelled = (await createSession(db, { ...d1, title: 'Démo annulée', start: '11:00', end: '12:00', roomId: plenary.id, formatId: 'demo', cancelReason: 'Intervenante indisponible' })).id;
  ids.lunch = (await createSession(db, { ...d1, title: 'Déjeuner', start: '12:30', end: '14:00', formatId: 'dejeuner' })).id;
  ids.retex = (await createSession(db, { eventId: published.id, date: '2027-02-12', dayId: day2.id, title: 'Retex', start: '14:00', end: '15:15', roomId: plenary.id, formatId: 'retex', speakerIds: [awa.id] })).id;

  orgs.hub = owner.organisationId;
  ownerId = owner.id;
  await db.event.update({ where: { id: published.id }, data: { capacity: 3 } });
  draft = await createEvent(db, { ownerOrganisationId: owner.organisationId, title: 'Brouillon', status: 'DRAFT' });
  const partner = await createUser(db, { organisation: { name: 'Association Voisine' } });
  orgs.partner = partner.organisationId;
  orgs.funder = (await createOrganisation(db, { name: 'Département', kind: 'FINANCEUR' })).id;
  const accepted = await createEvent(db, { ownerOrganisationId: partner.organisationId, title: 'Forum co-organisé', status: 'DONE' });
  const pending = await createEvent(db, { ownerOrganisationId: partner.organisationId, title: 'Invitation en attente', status: 'PUBLISHED' });
  await db.eventCoOrganiser.create({ data: { eventId: accepted.id, organisationId: owner.organisationId, status: 'ACCEPTED' } });
  await db.eventCoOrganiser.create({ data: { eventId: pending.id, organisationId: owner.organisationId, status: 'PENDING' } });
  feedEvents.partnerAccepted = accepted.id;
  feedEvents.partnerPending = pending.id;
  await createSession(db, { eventId: draft.id, date: '2027-02-11', title: 'Pas encore publique', start: '10:00', end: '11:00' });
});

type Node = { [key: string]: Node | Node[] | string };
const REPEATED = new Set(['day', 'room', 'event', 'person', 'link']);
/** The document as plain objects (xmlbuilder2's reader), repeated elements always as arrays. */
function readXml(xml: string): Node {
  // xmlbuilder2's object form keeps text escaped: read it back as the text a parser hands out.
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const listify = (node: Node | string): Node | string => {
    if (typeof node === 'string') return unescape(node);
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        const values = (Array.isArray(value) ? value : [value]).map(listify);
        return [key, REPEATED.has(key) ? values : values[0]];
      }),
    ) as Node;
  };
  return listify(create(xml).end({ format: 'object' }) as Node) as Node;
}

describe('schedule.xml (frab)', () => {
  it('is valid against c3voc’s schedule XSD', async () => {
    const response = await get(getScheduleXml, published.slug, 'schedule.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    const { valid, errors } = await validateAgainstXsd(xml, 'schedule.xml.xsd');
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the validation can fail: a schedule without its conference is refused', async () => {
    const xml = await (await get(getScheduleXml, published.slug, 'schedule.xml')).text();
    const broken = xml.replace(/<conference>[\s\S]*<\/conference>/, '');
    expect((await validateAgainstXsd(broken, 'schedule.xml.xsd')).valid).toBe(false);
  });

  it('holds days, rooms in the venue’s order, held sessions at Paris times, and nothing private', async () => {
    const xml = await (await get(getScheduleXml, published.slug, 'schedule.xml')).text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed document, read in the assertions
    const { schedule } = readXml(xml) as any;
    expect(schedule.version).toBe('5');
    expect(schedule.conference.title).toBe('Rencontre <numérique> & territoires');
    expect(schedule.conference.days).toBe('2');
    expect(schedule.day.map((d: { '@date': string }) => d['@date'])).toEqual(['2027-02-11', '2027-02-12']);
    const [day1, day2] = schedule.day;
    expect(day1['@start']).toBe('2027-02-11T09:00:00+01:00');
    expect(day1.room.map((r: { '@name': string }) => r['@name'])).toEqual(['Espace commun', 'Salle plénière', 'Salle atelier']);
    const workshop = day1.room[2].event[0];
    expect(workshop['@guid']).toBe(ids.workshop);
    expect(workshop.start).toBe('11:00');
    expect(workshop.duration).toBe('01:30');
    expect(workshop.date).toBe('2027-02-11T11:00:00+01:00');
    expect(workshop.type).toBe('workshop');
    expect(workshop.abstract).toBe('Cartographier <vraiment> les lieux.');
    expect(workshop.persons.person.map((p: { '#': string }) => p['#'])).toEqual(['Awa Diallo', 'Nadia Benali']);
    expect(day2.room[0].event[0].duration).toBe('01:15');
    expect(xml).not.toContain(ids.cancelled);
    for (const secret of ['secret-room', 'visio.exemple', 'nadia@secret.fr', '0611223344']) expect(xml).not.toContain(secret);
  });

  it('keeps its ids when the programme changes', async () => {
    const idsOf = async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed document
      const { schedule } = readXml(await (await get(getScheduleXml, published.slug, 'schedule.xml')).text()) as any;
      return Object.fromEntries(
        schedule.day.flatMap((d: { room: { event: { '@guid': string; '@id': string }[] }[] }) => d.room.flatMap((r) => r.event.map((e) => [e['@guid'], e['@id']]))),
      );
    };
    const before = await idsOf();
    const added = await createSession(testDb(), { eventId: published.id, date: '2027-02-12', title: 'Ajoutée', start: '16:00', end: '16:30', roomId: ids.plenary });
    const after = await idsOf();
    await testDb().session.delete({ where: { id: added.id } });
    expect(after).toMatchObject(before);
    expect(Object.keys(after)).toHaveLength(Object.keys(before).length + 1);
  });

  it('answers 404 for a draft and for an unknown event', async () => {
    expect((await get(getScheduleXml, draft.slug, 'schedule.xml')).status).toBe(404);
    expect((await get(getScheduleXml, 'inconnu', 'schedule.xml')).status).toBe(404);
  });
});

describe('schedule.json (c3voc)', () => {
  it('gives the same schedule with the fields c3voc requires', async () => {
    const response = await get(getScheduleJson, published.slug, 'schedule.json');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.$schema).toBe('https://c3voc.de/schedule/schema.json');
    const { conference } = body.schedule;
    expect(body.schedule.version).toBe('5');
    expect(conference.acronym).toMatch(/^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/);
    expect(conference.time_zone_name).toBe('Europe/Paris');
    expect(conference.rooms.map((r: { name: string }) => r.name)).toEqual(['Espace commun', 'Salle plénière', 'Salle atelier']);
    const retex = conference.days[1].rooms['Salle plénière'][0];
    const required = ['abstract', 'date', 'duration', 'guid', 'id', 'language', 'links', 'persons', 'room', 'slug', 'start', 'subtitle', 'title', 'track', 'type', 'url'];
    expect(Object.keys(retex)).toEqual(expect.arrayContaining(required));
    expect(retex.slug).toMatch(/^[a-z0-9_-]+[a-z0-9]$/);
    expect(retex.persons).toEqual([{ name: 'Awa Diallo', guid: expect.any(String) }]);
    expect((await get(getScheduleJson, draft.slug, 'schedule.json')).status).toBe(404);
  });
});

describe('an organisation’s public calendar', () => {
  const feed = (organisationId: string) =>
    getOrganisationCalendar(new Request(`http://localhost:3000/o/${organisationId}/evenements.ics`), { params: Promise.resolve({ organisationId }) });

  it('lists the published events it organises or co-organises (accepted), with the events’ own UIDs', async () => {
    const response = await feed(orgs.hub);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBeNull();
    const text = await response.text();
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events.map((e) => e.uid).sort()).toEqual([`event-${published.id}@trame`, `event-${feedEvents.partnerAccepted}@trame`].sort());
    const rencontre = events.find((e) => e.uid === `event-${published.id}@trame`)!;
    expect(rencontre.start.toISOString()).toBe('2027-02-11T08:00:00.000Z');
    expect(JSON.stringify(rencontre.url)).toContain(`/e/${published.slug}`);
    for (const secret of ['secret-room', 'visio.exemple', 'Brouillon', 'Invitation en attente']) expect(text).not.toContain(secret);
  });

  it('answers 404 for a funder, an unknown organisation and a malformed id', async () => {
    expect((await feed(orgs.funder)).status).toBe(404);
    expect((await feed('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await feed('%00')).status).toBe(404);
  });
});

describe('the OpenAgenda export', () => {
  const exportOf = (eventId: string) =>
    runAsCaller({ userId: ownerId }, () => getOpenAgenda(new Request(`http://localhost:3000/evenements/${eventId}/openagenda.json`), { params: Promise.resolve({ id: eventId }) }));

  it('gives the organisers the published event as OpenAgenda wants it, without the visio link', async () => {
    const response = await exportOf(published.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="openagenda-${published.slug}.json"`);
    const text = await response.text();
    const { event, location } = JSON.parse(text);
    expect(event.title).toEqual({ fr: 'Rencontre <numérique> & territoires' });
    expect(event.description.fr.length).toBeLessThanOrEqual(200);
    expect(event.attendanceMode).toBe(3);
    expect(event.onlineAccessLink).toMatch(new RegExp(`/e/${published.slug}$`));
    expect(event.timings).toHaveLength(2);
    expect(event.extIds).toEqual([{ key: 'trame', value: published.id }]);
    expect(event.conditions).toEqual({ fr: 'Sur inscription, 3 places.' });
    expect(location).toMatchObject({ postalCode: '13001', city: 'Marseille', countryCode: 'FR' });
    expect(text).toContain('Atelier « données & territoires »');
    expect(text).not.toContain('secret-room');
  });

  it('refuses a draft with a French reason (409)', async () => {
    const response = await exportOf(draft.id);
    expect(response.status).toBe(409);
    expect(JSON.stringify(await response.json())).toContain('Publiez d’abord l’événement');
  });
});
