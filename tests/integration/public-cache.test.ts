import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as eventCalendarRoute from '@/app/(public)/e/[slug]/calendar.ics/route';
import * as publicPage from '@/app/(public)/e/[slug]/page';
import * as programmeJsonRoute from '@/app/(public)/e/[slug]/programme.json/route';
import * as scheduleJsonRoute from '@/app/(public)/e/[slug]/schedule.json/route';
import * as scheduleXmlRoute from '@/app/(public)/e/[slug]/schedule.xml/route';
import { updateRoomAction } from '@/lib/server/actions/programme-rooms';
import { cancelSessionAction, updateSessionAction } from '@/lib/server/actions/programme-sessions';
import { publishEventAction } from '@/lib/server/actions/programme-status';
import { runAsCaller } from '@/lib/server/current-user';
import { getPublicEvent } from '@/lib/server/queries/public-event';
import { createEvent, createUser } from '@/tests/factories';
import { createDay, createRoom, createSession } from '@/tests/factories/programme';
import { testDb } from '@/tests/support/db';

// Outside a Next request revalidatePath is a no-op (lib/server/revalidate.ts): record the calls instead.
const revalidated = vi.hoisted(() => [] as Array<[string, string | undefined]>);
vi.mock('@/lib/server/revalidate', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/server/revalidate')>()),
  revalidate: (path: string, type?: 'layout' | 'page') => {
    revalidated.push([path, type]);
  },
}));

const PUBLIC_PAGES: [string, string] = ['/(public)/e/[slug]', 'layout'];

let owner: { id: string; organisationId: string };
let event: { id: string; slug: string };

beforeEach(async () => {
  revalidated.length = 0;
  owner = await createUser(testDb(), { role: 'COORDINATOR' });
  event = await createEvent(testDb(), { ownerOrganisationId: owner.organisationId, status: 'PUBLISHED' });
});

const as = <T,>(userId: string, fn: () => Promise<T>) => runAsCaller({ userId }, fn);

function sessionForm(dayId: string, sessionId: string, title: string) {
  return {
    eventId: event.id, sessionId, version: 1, dayId, title, formatChoice: 'atelier' as const, customFormat: '', description: '',
    startTime: '10:00', endTime: '11:30', roomId: '', capacity: 20, access: 'PRE_INSCRIPTION' as const, allRooms: false, speakerIds: [], hostIds: [],
  };
}

describe('public event pages are cached', () => {
  it('renders the page, its .ics, programme.json and schedules once and keeps them (ISR, no per-request database read)', () => {
    for (const route of [publicPage, eventCalendarRoute, programmeJsonRoute, scheduleXmlRoute, scheduleJsonRoute]) {
      expect(route.revalidate).toBeGreaterThan(0);
      expect(route.generateStaticParams()).toEqual([]);
      expect(route).not.toHaveProperty('dynamic', 'force-dynamic');
    }
    expect(eventCalendarRoute.dynamic).toBe('force-static');
    expect(programmeJsonRoute.dynamic).toBe('force-static');
    expect(scheduleXmlRoute.dynamic).toBe('force-static');
    expect(scheduleJsonRoute.dynamic).toBe('force-static');
  });
});

describe('public event pages are invalidated by the changes they show', () => {
  it('a session renamed in the editor: the public pages are marked stale and re-read the new title', async () => {
    const day = await createDay(testDb(), { eventId: event.id, date: '2027-02-11' });
    const session = await createSession(testDb(), { eventId: event.id, day, title: 'Ancien titre' });
    const result = await as(owner.id, () => updateSessionAction(sessionForm(day.id, session.id, 'Nouveau titre public')));
    expect(result.ok).toBe(true);
    expect(revalidated).toContainEqual(PUBLIC_PAGES);
    const fresh = await getPublicEvent(event.slug);
    expect(fresh?.sessions.map((s) => s.title)).toEqual(['Nouveau titre public']);
  });

  it('a cancellation and a renamed room invalidate them too', async () => {
    const day = await createDay(testDb(), { eventId: event.id, date: '2027-02-11' });
    const session = await createSession(testDb(), { eventId: event.id, day });
    expect((await as(owner.id, () => cancelSessionAction({ eventId: event.id, sessionId: session.id, reason: 'Intervenante absente' }))).ok).toBe(true);
    expect(revalidated).toContainEqual(PUBLIC_PAGES);
    revalidated.length = 0;
    const room = await createRoom(testDb(), { eventId: event.id, name: 'Amphi' });
    const renamed = await as(owner.id, () => updateRoomAction({ eventId: event.id, roomId: room.id, name: 'Grand amphi', capacity: 100, equipment: '' }));
    expect(renamed.ok).toBe(true);
    expect(revalidated).toContainEqual(PUBLIC_PAGES);
  });

  it('publishing a draft invalidates the cached « not found »', async () => {
    const draft = await createEvent(testDb(), { ownerOrganisationId: owner.organisationId });
    await createDay(testDb(), { eventId: draft.id, date: '2027-02-11' });
    expect(await getPublicEvent(draft.slug)).toBeNull();
    const published = await as(owner.id, () => publishEventAction({ eventId: draft.id }));
    expect(published.ok).toBe(true);
    expect(revalidated).toContainEqual(PUBLIC_PAGES);
  });

  it('bad input or an outsider changes nothing and invalidates nothing', async () => {
    const day = await createDay(testDb(), { eventId: event.id, date: '2027-02-11' });
    const session = await createSession(testDb(), { eventId: event.id, day, title: 'Titre gardé' });
    const outsider = await createUser(testDb(), { role: 'ADMIN' });
    const refused = await as(outsider.id, () => updateSessionAction(sessionForm(day.id, session.id, 'Piraté')));
    expect(refused.ok).toBe(false);
    const invalid = await as(owner.id, () => updateSessionAction(sessionForm(day.id, session.id, '')));
    expect(invalid.ok).toBe(false);
    expect(revalidated).not.toContainEqual(PUBLIC_PAGES);
    expect((await testDb().session.findUniqueOrThrow({ where: { id: session.id } })).title).toBe('Titre gardé');
  });
});
