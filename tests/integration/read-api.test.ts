// The read API (/api/v1): published events only, answers that match the schemas its OpenAPI document
// is generated from, French problem bodies for bad parameters, a rate limit per caller.
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getEvent } from '@/app/api/v1/events/[slug]/route';
import { GET as getEvents } from '@/app/api/v1/events/route';
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route';
import { apiEvent, apiEventList, apiProblem } from '@/lib/domain/api/v1';
import { rateLimitedAddress } from '@/lib/server/api/respond';
import { updateRoomAction } from '@/lib/server/actions/programme-rooms';
import { publishEventAction } from '@/lib/server/actions/programme-status';
import { runAsCaller } from '@/lib/server/current-user';
import { createEvent, createUser } from '@/tests/factories';
import { createRoom, createSession, createSpeaker, setPublicDetails } from '@/tests/factories/public';
import { testDb } from '@/tests/support/db';

const list = (query = '') => getEvents(new Request(`http://localhost:3000/api/v1/events${query}`));
const one = (slug: string) => getEvent(new Request(`http://localhost:3000/api/v1/events/${slug}`), { params: Promise.resolve({ slug }) });

let published: { id: string; slug: string };
let draft: { id: string; slug: string };
let ownerId: string;
let roomId: string;

beforeAll(async () => {
  const db = testDb();
  const owner = await createUser(db, { organisation: { name: 'Hub Nord' } });
  published = await createEvent(db, { ownerOrganisationId: owner.organisationId, title: 'Rencontre API', status: 'PUBLISHED', startsAt: new Date('2027-03-11T08:00:00Z'), endsAt: new Date('2027-03-11T16:00:00Z') });
  await setPublicDetails(db, published.id, { visioUrl: 'https://visio.exemple/secret-room' });
  await db.event.update({ where: { id: published.id }, data: { capacity: 50 } });
  const room = await createRoom(db, { eventId: published.id, name: 'Salle 1' });
  roomId = room.id;
  ownerId = owner.id;
  const speaker = await createSpeaker(db, { eventId: published.id, name: 'Inès Martin', email: 'ines@secret.fr', phone: '0699887766' });
  await createSession(db, { eventId: published.id, date: '2027-03-11', title: 'Atelier API', start: '10:00', end: '11:30', roomId: room.id, formatId: 'atelier', speakerIds: [speaker.id], description: 'Ouvrir ses données.' });
  for (let i = 0; i < 4; i += 1) await createEvent(db, { ownerOrganisationId: owner.organisationId, title: `Passé ${i}`, status: 'DONE', startsAt: new Date(`2026-0${i + 1}-10T08:00:00Z`), endsAt: new Date(`2026-0${i + 1}-10T16:00:00Z`) });
  draft = await createEvent(db, { ownerOrganisationId: owner.organisationId, title: 'Brouillon API', status: 'DRAFT' });
});

describe('GET /api/v1/events', () => {
  it('pages through published events only, in the shape of its schema', async () => {
    const response = await list('?perPage=2&page=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = apiEventList.parse(await response.json());
    expect(body.perPage).toBe(2);
    expect(body.data).toHaveLength(2);
    const everything = apiEventList.parse(await (await list('?perPage=100')).json());
    expect(everything.total).toBe(body.total);
    const slugs = everything.data.map((e) => e.slug);
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(draft.slug);
    const second = apiEventList.parse(await (await list('?perPage=2&page=2')).json());
    expect(second.data.map((e) => e.slug)).toEqual(slugs.slice(2, 4));
  });

  it.each([
    ['?perPage=500', 'perPage', 'perPage ne peut dépasser 100.'],
    ['?page=0', 'page', 'page doit valoir au moins 1.'],
    ['?page=abc', 'page', 'page doit être un nombre entier.'],
    ['?page=1.5', 'page', 'page doit être un nombre entier.'],
    ['?tri=date', 'tri', 'Paramètre inconnu : « tri ».'],
  ])('answers %s with a 400 problem in French', async (query, parameter, message) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const body = apiProblem.parse(await response.json());
    expect(body.errors).toContainEqual({ parameter, message });
  });
});

describe('GET /api/v1/events/{slug}', () => {
  it('gives the event, its programme and speakers, and nothing private', async () => {
    const response = await one(published.slug);
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = apiEvent.parse(JSON.parse(text));
    expect(body.sessions).toEqual([expect.objectContaining({ title: 'Atelier API', start: '2027-03-11T10:00:00+01:00', room: 'Salle 1', speakers: ['Inès Martin'], description: 'Ouvrir ses données.' })]);
    expect(body.capacity).toBe(50);
    expect(body.seatsLeft).toBe(50);
    for (const secret of ['secret-room', 'ines@secret.fr', '0699887766']) expect(text).not.toContain(secret);
  });

  it.each([['a draft', () => draft.slug], ['an unknown slug', () => 'inconnu'], ['a malformed slug', () => '%00<script>']])('answers %s with a 404 problem', async (_what, slug) => {
    const response = await one(slug());
    expect(response.status).toBe(404);
    expect(apiProblem.parse(await response.json()).title).toBe('Événement introuvable.');
  });
});

describe('the OpenAPI document', () => {
  it('describes both paths with the schemas the answers were checked against above', async () => {
    const doc = await (await getOpenApi(new Request('http://localhost:3000/api/v1/openapi.json'))).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/events', '/events/{slug}']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Event', 'EventList', 'EventSummary', 'Session', 'Speaker', 'Problem']));
    expect(doc.paths['/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['page', 'perPage']);
    expect(doc.components.schemas.Event.required).toEqual(expect.arrayContaining(['slug', 'sessions', 'speakers']));
    expect(JSON.stringify(doc)).not.toMatch(/visio|email|phone/i);
  });
});

describe('the OpenAPI document against the real answers', () => {
  type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> };
  type Doc = { paths: Record<string, { get: Operation }> };
  let doc: Doc;
  // OpenAPI 3.1 schemas are JSON Schema 2020-12, plus OpenAPI's own annotation `example`.
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, strictRequired: false })).addKeyword('example');

  beforeAll(async () => {
    const raw = await (await getOpenApi(new Request('http://localhost:3000/api/v1/openapi.json'))).json();
    // A well-kept validator checks the document itself (OpenAPI's own schema, every $ref resolved)…
    doc = (await SwaggerParser.validate(raw, { dereference: { circular: false } })) as unknown as Doc;
  });

  /** …and each real answer is checked against what the document declares for its path and status. */
  async function declaredErrors(path: '/events' | '/events/{slug}', response: Response) {
    const declared = doc.paths[path]!.get.responses[String(response.status)];
    expect(declared, `${path} ${response.status} is declared`).toBeDefined();
    const mediaType = response.headers.get('content-type')!.split(';')[0]!.trim();
    const schema = declared!.content?.[mediaType]?.schema;
    expect(schema, `${path} ${response.status} declares ${mediaType}`).toBeDefined();
    const validate = ajv.compile(schema!);
    const body: unknown = await response.json();
    return { body, errors: validate(body) ? [] : (validate.errors ?? []) };
  }

  async function expectDeclared(path: '/events' | '/events/{slug}', response: Response) {
    const { body, errors } = await declaredErrors(path, response);
    expect(errors).toEqual([]);
    return body;
  }

  it('is a valid OpenAPI 3.1 document', () => {
    expect(Object.keys(doc.paths)).toEqual(['/events', '/events/{slug}']);
  });

  it('declares every answer of /events: a page, a refusal of bad parameters, the rate limit', async () => {
    const page = (await expectDeclared('/events', await list('?perPage=3'))) as { data: unknown[] };
    expect(page.data.length).toBeGreaterThan(0);
    await expectDeclared('/events', await list('?perPage=500&tri=date'));
    const refused = (await (async () => {
      for (let i = 0; i < 400; i += 1) {
        const answer = await rateLimitedAddress('198.51.100.9');
        if (answer) return answer;
      }
      return null;
    })())!;
    await expectDeclared('/events', refused);
  });

  it('declares every answer of /events/{slug}: the event with its programme, an unknown event', async () => {
    const event = (await expectDeclared('/events/{slug}', await one(published.slug))) as { sessions: unknown[]; speakers: unknown[] };
    expect(event.sessions).toHaveLength(1);
    expect(event.speakers).toHaveLength(1);
    await expectDeclared('/events/{slug}', await one(draft.slug));
  });

  it('would catch an answer that strays from its schema', async () => {
    const stray = Response.json({ ...apiEventList.parse(await (await list()).json()), page: 'un' });
    const { errors } = await declaredErrors('/events', stray);
    expect(errors).toEqual([expect.objectContaining({ instancePath: '/page', keyword: 'type' })]);
  });
});

describe('the rate limit', () => {
  it('refuses the 301st request of a minute from one address, with Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 301; i += 1) answers.push(await rateLimitedAddress('203.0.113.7'));
    expect(answers.slice(0, 300).every((a) => a === null)).toBe(true);
    const refused = answers[300]!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(apiProblem.parse(await refused.json()).title).toBe('Trop de requêtes.');
    expect(await rateLimitedAddress('203.0.113.8')).toBeNull();
  });
});

describe('the cache of finished answers', () => {
  const as = <T,>(fn: () => Promise<T>) => runAsCaller({ userId: ownerId }, fn);

  it('answers from memory until an action changes the public pages, then tells the change', async () => {
    const title = (await one(published.slug).then((r) => r.json())).title;
    // A write made outside the app: the kept answer still holds (for a minute at most).
    await testDb().event.update({ where: { id: published.id }, data: { title: 'Rencontre API, nouveau titre' } });
    expect(apiEvent.parse(await (await one(published.slug)).json()).title).toBe(title);
    const listedTitles = async () => apiEventList.parse(await (await list('?perPage=100')).json()).data.map((e) => e.title);
    expect(await listedTitles()).toContain(title);

    // An action that revalidates the public pages empties the cache: both answers are new.
    const renamed = await as(() => updateRoomAction({ eventId: published.id, roomId, name: 'Grand amphi', capacity: 100, equipment: '' }));
    expect(renamed.ok).toBe(true);
    const fresh = apiEvent.parse(await (await one(published.slug)).json());
    expect(fresh.title).toBe('Rencontre API, nouveau titre');
    expect(fresh.sessions[0]!.room).toBe('Grand amphi');
    expect(await listedTitles()).toContain('Rencontre API, nouveau titre');
  });

  it('keeps « not found » too, until the event is published', async () => {
    expect((await one(draft.slug)).status).toBe(404);
    expect((await as(() => publishEventAction({ eventId: draft.id }))).ok).toBe(true);
    expect((await one(draft.slug)).status).toBe(200);
  });
});
