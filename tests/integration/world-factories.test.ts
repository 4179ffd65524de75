import { describe, expect, it } from 'vitest';
import { verify } from '@node-rs/argon2';
import { createDraftEvent, createFunder, createHub, createPastEvent, createRegistrationEvent } from '@/tests/factories/world';
import { testDb } from '@/tests/support/db';

// The worlds the e2e journeys start from (tests/e2e/fixtures.ts): each its own, side by side.
describe('world factories', () => {
  it('gives two hubs nothing in common but the territory', async () => {
    const db = testDb();
    const [a, b] = [await createHub(db), await createHub(db)];
    expect(a.tag).not.toBe(b.tag);
    expect(a.organisation.name).not.toBe(b.organisation.name);
    expect(a.coordinator.email).not.toBe(b.coordinator.email);
    expect(a.territory.id).toBe(b.territory.id);
    const stored = await db.user.findUniqueOrThrow({ where: { id: a.coordinator.id }, select: { passwordHash: true, memberships: { select: { role: true, organisationId: true } } } });
    expect(await verify(stored.passwordHash, a.coordinator.password)).toBe(true);
    expect(stored.memberships).toEqual([{ role: 'ADMIN', organisationId: a.organisation.id }]);
  });

  it('builds each event of the hub with a unique title and slug', async () => {
    const db = testDb();
    const hub = await createHub(db);
    const [past, draft, open] = [await createPastEvent(db, hub), await createDraftEvent(db, hub), await createRegistrationEvent(db, hub)];
    expect(new Set([past.slug, draft.slug, open.slug]).size).toBe(3);
    expect(past.status).toBe('DONE');
    expect(await db.session.count({ where: { eventId: past.id } })).toBe(4);
    expect(await db.registration.count({ where: { eventId: past.id } })).toBeGreaterThan(30);
    expect(open.status).toBe('PUBLISHED');
    expect(await db.registration.count({ where: { eventId: open.id } })).toBe(3);
    const other = await createRegistrationEvent(db, await createHub(db));
    expect(other.slug).not.toBe(open.slug);
  });

  it('makes an event open to registration last two mornings when asked', async () => {
    const db = testDb();
    const event = await createRegistrationEvent(db, await createHub(db), { days: 2 });
    expect(event.startsAt.toISOString()).toBe('2027-01-21T08:30:00.000Z');
    expect(event.endsAt.toISOString()).toBe('2027-01-22T11:30:00.000Z');
  });

  it('gives a funder an organisation of its own and a person in it', async () => {
    const db = testDb();
    const hub = await createHub(db);
    const funder = await createFunder(db, hub);
    expect(funder.organisation.kind).toBe('FINANCEUR');
    expect(funder.organisation.name).toContain(hub.tag);
    expect(await db.membership.count({ where: { userId: funder.user.id, organisationId: funder.organisation.id } })).toBe(1);
  });
});
