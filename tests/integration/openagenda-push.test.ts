// « Publier sur OpenAgenda » end to end: the action queues a pg-boss job, the worker pushes to a local
// fake of OpenAgenda's write API (node:http), which checks the token and the payload as OpenAgenda
// documents them, and the event's push state follows.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pushToOpenAgendaAction } from '@/lib/server/actions/openagenda';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { startOpenAgendaWorker } from '@/lib/server/openagenda/push';
import { getOpenAgendaView } from '@/lib/server/queries/openagenda';
import { createEvent, createUser } from '@/tests/factories';
import { createEventDay, setPublicDetails } from '@/tests/factories/public';
import { testDb } from '@/tests/support/db';
import { until } from '@/tests/support/until';

const AGENDA = '48151623';
const SECRET = 'cle-secrete-de-test';

/* ---- The fake OpenAgenda ---- */

const multilingual = z.object({ fr: z.string().min(1) }).strict();
/** ISO 8601 with the offset, as OpenAgenda's examples write timings. */
const isoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:?\d{2}$/);
const eventPayload = z
  .object({
    title: multilingual,
    description: z.object({ fr: z.string().min(1).max(200) }).strict(),
    longDescription: multilingual.optional(),
    keywords: z.object({ fr: z.array(z.string()) }).optional(),
    conditions: multilingual.optional(),
    timings: z.array(z.object({ begin: isoWithOffset, end: isoWithOffset }).strict()).min(1),
    attendanceMode: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    onlineAccessLink: z.url().optional(),
    registration: z.array(z.string()).optional(),
    accessibility: z.record(z.string(), z.boolean()).optional(),
    status: z.number().int().min(1).max(6),
    extIds: z.array(z.object({ key: z.string(), value: z.string() })).min(1),
    locationUid: z.string().optional(),
    timezone: z.literal('Europe/Paris'),
  })
  .strict()
  .refine((e) => e.attendanceMode === 2 || e.locationUid !== undefined, 'an event on site needs its location')
  .refine((e) => e.attendanceMode === 1 || e.onlineAccessLink !== undefined, 'an online event needs its access link');
const locationPayload = z
  .object({
    name: z.string().min(1).max(100),
    address: z.string().min(1).max(255),
    postalCode: z.string().optional(),
    city: z.string().optional(),
    insee: z.string().optional(),
    countryCode: z.literal('FR'),
    extIds: z.array(z.object({ key: z.string(), value: z.string() })).min(1),
  })
  .strict();

type Seen = { method: string; path: string; body: unknown; status: number };
const seen: Seen[] = [];
const issuedTokens = new Set<string>();
const events = new Map<string, { uid: number; body: z.output<typeof eventPayload>; updates: number }>();
const locations = new Map<string, z.output<typeof locationPayload>>();
let nextUid = 1000;
/** Answers 500 (an outage), or 400 (a refusal), to the next N event writes. */
let failEventWrites = 0;
let refuseEventWrites = 0;

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body: unknown = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
  const path = req.url ?? '';
  const reply = (status: number, payload: unknown) => {
    seen.push({ method: req.method ?? '', path, body, status });
    answer(res, status, payload);
  };
  if (req.headers['content-type'] !== 'application/json') return reply(415, { error: 'json expected' });
  if (req.method === 'POST' && path === '/v2/requestAccessToken') {
    const parsed = z.object({ grant_type: z.literal('authorization_code'), code: z.literal(SECRET) }).safeParse(body);
    if (!parsed.success) return reply(401, { error: 'invalid secret' });
    const token = `jeton-${issuedTokens.size + 1}`;
    issuedTokens.add(token);
    return reply(200, { access_token: token, expires_in: 3600 });
  }
  if (!issuedTokens.has(String(req.headers['access-token']))) return reply(401, { error: 'access token required' });
  const agenda = `/v2/agendas/${AGENDA}`;
  if (req.method === 'POST' && path === `${agenda}/locations`) {
    const parsed = locationPayload.safeParse(body);
    if (!parsed.success) return reply(400, { errors: parsed.error.issues });
    const uid = String(nextUid++);
    locations.set(uid, parsed.data);
    return reply(200, { location: { uid: Number(uid), ...parsed.data } });
  }
  const location = new RegExp(`^${agenda}/locations/(\\d+)$`).exec(path);
  if (req.method === 'PATCH' && location) {
    if (!locations.has(location[1]!)) return reply(404, { error: 'not found' });
    const parsed = locationPayload.partial().safeParse(body);
    if (!parsed.success) return reply(400, { errors: parsed.error.issues });
    locations.set(location[1]!, { ...locations.get(location[1]!)!, ...parsed.data });
    return reply(200, { location: { uid: Number(location[1]) } });
  }
  const ext = new RegExp(`^${agenda}/events/ext/([^/]+)/([^/]+)$`).exec(path);
  if (req.method === 'PUT' && ext) {
    if (failEventWrites > 0) {
      failEventWrites -= 1;
      return reply(500, { error: 'internal' });
    }
    if (refuseEventWrites > 0) {
      refuseEventWrites -= 1;
      return reply(400, { error: 'refused' });
    }
    const parsed = eventPayload.safeParse(body);
    if (!parsed.success) return reply(400, { errors: parsed.error.issues });
    const [, key, value] = ext;
    if (!parsed.data.extIds.some((id) => id.key === key && id.value === value)) return reply(400, { error: 'extId mismatch' });
    if (parsed.data.locationUid && !locations.has(parsed.data.locationUid)) return reply(400, { error: 'unknown location' });
    const existing = events.get(`${key}/${value}`);
    const stored = existing ? { ...existing, body: parsed.data, updates: existing.updates + 1 } : { uid: nextUid++, body: parsed.data, updates: 0 };
    events.set(`${key}/${value}`, stored);
    return reply(200, { event: { uid: stored.uid, ...parsed.data } });
  }
  return reply(404, { error: 'no such route' });
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => answer(res, 500, { error: 'fake server' }));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
// Read once by lib/env.ts, on first use: set before anything runs.
process.env.OPENAGENDA_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
process.env.OPENAGENDA_AGENDA_UID = AGENDA;
process.env.OPENAGENDA_SECRET_KEY = SECRET;

/* ---- The tests ---- */

let ownerId = '';
let ownerOrganisationId = '';

beforeAll(async () => {
  const owner = await createUser(testDb(), { organisation: { name: 'Hub Sud' } });
  ownerId = owner.id;
  ownerOrganisationId = owner.organisationId;
  // Short retries so that the retried case ends within the test.
  await startOpenAgendaWorker({ retry: { retryLimit: 2, retryDelay: 1, retryBackoff: false }, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await stopBoss();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function publishedEvent(title: string, mode: 'PRESENTIEL' | 'DISTANCIEL' | 'HYBRIDE' = 'PRESENTIEL') {
  const event = await createEvent(testDb(), { ownerOrganisationId, title, status: 'PUBLISHED' });
  await setPublicDetails(testDb(), event.id, { mode, description: `${'Une journée pour se rencontrer et travailler ensemble. '.repeat(8)}` });
  await createEventDay(testDb(), { eventId: event.id, date: '2027-03-04' });
  await createEventDay(testDb(), { eventId: event.id, date: '2027-03-05', opens: '09:30', closes: '16:00' });
  return event;
}

const pushAs = (userId: string, eventId: string) => runAsCaller({ userId }, () => pushToOpenAgendaAction({ eventId }));
const pushRow = (eventId: string) => testDb().openAgendaPush.findUnique({ where: { eventId } });
const settled = (eventId: string, after: Date) =>
  until('envoi terminé', async () => {
    const row = await pushRow(eventId);
    return row && row.status !== 'PENDING' && row.pushedAt && row.pushedAt >= after ? row : row?.status === 'FAILED' ? row : null;
  });

describe('« Publier sur OpenAgenda »', () => {
  it('creates the event and its location on the first push, then updates the same ones', { timeout: 60_000 }, async () => {
    const event = await publishedEvent('Forum des aidant·es numériques');
    const first = new Date();
    expect(await pushAs(ownerId, event.id)).toEqual({ ok: true, data: { status: 'PENDING' } });
    expect((await runAsCaller({ userId: ownerId }, () => getOpenAgendaView(event.id))).push).toMatchObject({ status: 'PENDING' });

    const created = await settled(event.id, first);
    const stored = events.get(`trame/${event.id}`)!;
    expect(created).toMatchObject({ status: 'PUBLISHED', agendaUid: AGENDA, eventUid: String(stored.uid), error: null });
    expect(stored.updates).toBe(0);
    expect(stored.body.description.fr.length).toBeLessThanOrEqual(200);
    expect(stored.body.timings).toEqual([
      { begin: '2027-03-04T09:00:00+01:00', end: '2027-03-04T17:30:00+01:00' },
      { begin: '2027-03-05T09:30:00+01:00', end: '2027-03-05T16:00:00+01:00' },
    ]);
    expect(stored.body).toMatchObject({ attendanceMode: 1, extIds: [{ key: 'trame', value: event.id }], locationUid: created.locationUid });
    expect(locations.get(created.locationUid!)).toMatchObject({ name: 'Maison des associations', postalCode: '13001', city: 'Marseille', extIds: [{ key: 'trame', value: event.id }] });
    const view = await runAsCaller({ userId: ownerId }, () => getOpenAgendaView(event.id));
    expect(view).toMatchObject({ configured: true, push: { status: 'PUBLISHED', url: `https://openagenda.com/agendas/${AGENDA}/events/${stored.uid}` } });

    await testDb().event.update({ where: { id: event.id }, data: { title: 'Forum des aidant·es numériques 2027' } });
    const second = new Date();
    expect(await pushAs(ownerId, event.id)).toMatchObject({ ok: true });
    const updated = await settled(event.id, second);
    expect(updated).toMatchObject({ status: 'PUBLISHED', eventUid: created.eventUid, locationUid: created.locationUid });
    expect([...events.keys()].filter((key) => key === `trame/${event.id}`)).toHaveLength(1);
    expect(events.get(`trame/${event.id}`)).toMatchObject({ uid: stored.uid, updates: 1, body: { title: { fr: 'Forum des aidant·es numériques 2027' } } });
    // The location was updated in place, not created again.
    expect(seen.filter((s) => s.method === 'POST' && s.path.endsWith('/locations') && (s.body as { extIds: { value: string }[] }).extIds[0]!.value === event.id)).toHaveLength(1);
    expect(seen.filter((s) => s.method === 'PATCH' && s.path.endsWith(`/locations/${created.locationUid}`))).toHaveLength(1);
    // Every write carried a token the server had issued for the instance's secret key.
    expect(seen.filter((s) => s.status === 401)).toEqual([]);
    // No key or token is stored with the event.
    expect(JSON.stringify(await pushRow(event.id))).not.toMatch(/cle-secrete|jeton/);
  });

  it('retries after a server error, then succeeds', { timeout: 60_000 }, async () => {
    const event = await publishedEvent('Atelier en ligne', 'DISTANCIEL');
    failEventWrites = 1;
    const start = new Date();
    expect(await pushAs(ownerId, event.id)).toMatchObject({ ok: true });
    const row = await settled(event.id, start);
    expect(row).toMatchObject({ status: 'PUBLISHED', attempts: 2, error: null, locationUid: null });
    const writes = seen.filter((s) => s.method === 'PUT' && s.path.endsWith(`/ext/trame/${event.id}`));
    expect(writes.map((w) => w.status)).toEqual([500, 200]);
    expect(events.get(`trame/${event.id}`)!.body).toMatchObject({ attendanceMode: 2, onlineAccessLink: expect.stringMatching(/\/e\//) });
  });

  it('marks the push failed with a French reason when OpenAgenda refuses the data, without retrying', { timeout: 60_000 }, async () => {
    const event = await publishedEvent('Rencontre refusée');
    refuseEventWrites = 1;
    const start = new Date();
    expect(await pushAs(ownerId, event.id)).toMatchObject({ ok: true });
    const row = await settled(event.id, start);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, pushedAt: null });
    expect(row.error).toBe('OpenAgenda a refusé l’envoi de l’événement (erreur 400) : vérifiez le titre, les dates et l’adresse de l’événement.');
    expect(seen.filter((s) => s.method === 'PUT' && s.path.endsWith(`/ext/trame/${event.id}`))).toHaveLength(1);
    const view = await runAsCaller({ userId: ownerId }, () => getOpenAgendaView(event.id));
    expect(view.push).toMatchObject({ status: 'FAILED', url: null });
  });

  it('refuses an unpublished event with a French message, and nothing is queued', async () => {
    const draft = await createEvent(testDb(), { ownerOrganisationId, title: 'Brouillon', status: 'DRAFT' });
    expect(await pushAs(ownerId, draft.id)).toEqual({
      ok: false,
      code: 'conflict',
      error: 'Publiez d’abord l’événement : OpenAgenda n’annonce que des événements publics.',
    });
    expect(await pushRow(draft.id)).toBeNull();
  });

  it('does not let another organisation push the event', async () => {
    const event = await publishedEvent('Événement de Hub Sud');
    const outsider = await createUser(testDb(), { organisation: { name: 'Autre hub' } });
    expect(await pushAs(outsider.id, event.id)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await pushRow(event.id)).toBeNull();
  });
});
