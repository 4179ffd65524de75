// The wrappers every action and route handler goes through (lib/server/action.ts, lib/server/route.ts):
// the order of the checks, the transaction, revalidation after commit, and route params that can
// never reach the database malformed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { GET as diagnosticPdf } from '@/app/(app)/diagnostic/[id]/pdf/route';
import { GET as organiserBilanPdf } from '@/app/(app)/evenements/[id]/bilan/versions/[number]/pdf/route';
import { POST as importBudget } from '@/app/(app)/evenements/[id]/budget/import/route';
import { GET as participantExport } from '@/app/(app)/evenements/[id]/participants/export/route';
import { GET as programmePdf } from '@/app/(app)/evenements/[id]/programme/pdf/route';
import { GET as funderBilanPdf } from '@/app/(app)/bilans/[versionId]/pdf/route';
import { GET as eventCalendar } from '@/app/(public)/e/[slug]/calendar.ics/route';
import { GET as sessionCalendar } from '@/app/(public)/e/[slug]/seances/[sessionId]/calendar.ics/route';
import { GET as linkPdf } from '@/app/b/[token]/pdf/route';
import { eventAction, orgAction } from '@/lib/server/action';
import { runAsCaller } from '@/lib/server/current-user';
import { SafeError } from '@/lib/server/errors';
import { createEvent, createUser } from '@/tests/factories';
import { testDb } from '@/tests/support/db';

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('@/lib/server/revalidate', () => ({ revalidate: (path: string) => void revalidated.push(path) }));

beforeEach(() => {
  revalidated.length = 0;
});

const roomSchema = z.object({ eventId: z.uuid(), name: z.string().min(1, { error: 'Le nom est obligatoire.' }) });

/** Writes a room, declares a path, then fails when asked to: what is left afterwards? */
const addRoom = eventAction(roomSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await tx.room.create({ data: { eventId: input.eventId, name: input.name, position: 0 } });
  revalidate(`/evenements/${input.eventId}/programme`);
  if (input.name === 'panne') throw new SafeError('Panne simulée.', 'conflict');
  return { name: input.name };
});

const addRoomWithoutTransaction = eventAction(
  roomSchema,
  'event.edit',
  async ({ input, tx }) => {
    await tx.room.create({ data: { eventId: input.eventId, name: input.name, position: 0 } });
    throw new SafeError('Panne simulée.', 'conflict');
  },
  { transaction: false },
);

const whoAmI = orgAction(z.object({}), 'event.create', async ({ membership }) => membership.organisationId);

async function scene() {
  const db = testDb();
  const owner = await createUser(db, { role: 'COORDINATOR' });
  const member = await createUser(db, { role: 'MEMBER', organisationId: owner.organisationId });
  const event = await createEvent(db, { ownerOrganisationId: owner.organisationId });
  const rooms = () => db.room.findMany({ where: { eventId: event.id }, select: { name: true } });
  return { db, owner, member, event, rooms };
}

describe('action wrappers', () => {
  it('refuses a signed-out caller before reading the input', async () => {
    const { event } = await scene();
    expect(await runAsCaller(null, () => addRoom({ eventId: event.id, name: '' }))).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('answers a validation failure with code invalid and French field errors, writing nothing', async () => {
    const { owner, event, rooms } = await scene();
    const result = await runAsCaller({ userId: owner.id }, () => addRoom({ eventId: event.id, name: '' }));
    expect(result).toEqual({ ok: false, code: 'invalid', error: 'Certains champs sont à corriger.', fieldErrors: { name: ['Le nom est obligatoire.'] } });
    expect(await rooms()).toEqual([]);
  });

  it('commits the handler’s writes, then revalidates what it declared', async () => {
    const { owner, event, rooms } = await scene();
    expect(await runAsCaller({ userId: owner.id }, () => addRoom({ eventId: event.id, name: 'Salle 1' }))).toEqual({ ok: true, data: { name: 'Salle 1' } });
    expect(await rooms()).toEqual([{ name: 'Salle 1' }]);
    expect(revalidated).toEqual([`/evenements/${event.id}/programme`]);
  });

  it('rolls the whole handler back on failure and revalidates nothing', async () => {
    const { owner, event, rooms } = await scene();
    const result = await runAsCaller({ userId: owner.id }, () => addRoom({ eventId: event.id, name: 'panne' }));
    expect(result).toEqual({ ok: false, code: 'conflict', error: 'Panne simulée.' });
    expect(await rooms()).toEqual([]);
    expect(revalidated).toEqual([]);
  });

  it('with transaction: false, hands the pool client: each write stands on its own', async () => {
    const { owner, event, rooms } = await scene();
    expect(await runAsCaller({ userId: owner.id }, () => addRoomWithoutTransaction({ eventId: event.id, name: 'Seule' }))).toMatchObject({ code: 'conflict' });
    expect(await rooms()).toEqual([{ name: 'Seule' }]);
  });

  it('checks the permission where the caller works: 404 for a stranger, 403 for a member without it', async () => {
    const { member, event } = await scene();
    const stranger = await createUser(testDb(), { role: 'ADMIN' });
    expect(await runAsCaller({ userId: stranger.id }, () => addRoom({ eventId: event.id, name: 'X' }))).toMatchObject({ code: 'not-found' });
    expect(await runAsCaller({ userId: member.id }, () => whoAmI({}))).toMatchObject({ code: 'forbidden' });
    expect(await runAsCaller({ userId: stranger.id }, () => whoAmI({}))).toEqual({ ok: true, data: stranger.organisationId });
  });
});

describe('route wrappers', () => {
  const get = (id: string) => new Request(`http://localhost/x/${encodeURIComponent(id)}`);
  const params = <P extends Record<string, string>>(values: P) => ({ params: Promise.resolve(values) });

  it.each([
    ['a null byte', '\u0000'],
    ['not a UUID', 'evenement-42'],
    ['a UUID with a null byte', '00000000-0000-4000-8000-00000000000\u0000'],
  ])('answers 404 in French for an id that is %s, never 500', async (_what, id) => {
    const { owner } = await scene();
    const responses = await runAsCaller({ userId: owner.id }, () =>
      Promise.all([
        programmePdf(get(id), params({ id })),
        participantExport(new Request('http://localhost/x?format=csv'), params({ id })),
        diagnosticPdf(get(id), params({ id })),
        funderBilanPdf(get(id), params({ versionId: id })),
        organiserBilanPdf(get(id), params({ id, number: '1' })),
      ]),
    );
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toMatch(/introuvable/);
    }
  });

  it('answers 404 for a malformed version number, slug or link token', async () => {
    const { owner, event } = await scene();
    const responses = await runAsCaller({ userId: owner.id }, () =>
      Promise.all([
        organiserBilanPdf(get('x'), params({ id: event.id, number: 'un' })),
        organiserBilanPdf(get('x'), params({ id: event.id, number: '1.5' })),
        eventCalendar(get('x'), params({ slug: 'fete\u0000' })),
        sessionCalendar(get('x'), params({ slug: event.slug, sessionId: '\u0000' })),
        linkPdf(get('x'), params({ token: '%00'.repeat(10) })),
      ]),
    );
    expect(responses.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
  });

  it('refuses a mutating request from another site before anything else, even signed out', async () => {
    const { event } = await scene();
    const request = new Request(`http://localhost/evenements/${event.id}/budget/import`, { method: 'POST', headers: { origin: 'https://pirate.example' } });
    const response = await runAsCaller(null, () => importBudget(request, params({ id: event.id })));
    expect(response.status).toBe(403);
  });
});
