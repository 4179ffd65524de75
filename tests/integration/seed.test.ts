import { describe, expect, it } from 'vitest';
import { DEMO, seedDemo } from '@/prisma/seed';
import { testDb } from '@/tests/support/db';

describe('demo seed', () => {
  it('creates the demo hub, coordinator, funder, territory and three events once', async () => {
    const db = testDb();
    expect(await seedDemo(db)).toBe('created');
    const coordinator = await db.user.findUniqueOrThrow({
      where: { email: DEMO.coordinator.email },
      select: { memberships: { select: { role: true, organisation: { select: { kind: true, ownedEvents: { select: { title: true } } } } } } },
    });
    expect(coordinator.memberships[0]?.organisation.kind).toBe('HUB');
    expect(coordinator.memberships[0]?.organisation.ownedEvents).toHaveLength(3);
    const funder = await db.user.findUniqueOrThrow({ where: { email: DEMO.funder.email }, select: { memberships: { select: { organisation: { select: { kind: true } } } } } });
    expect(funder.memberships[0]?.organisation.kind).toBe('FINANCEUR');

    const counts = async () => [await db.user.count(), await db.organisation.count(), await db.event.count(), await db.territory.count()];
    const before = await counts();
    expect(await seedDemo(db)).toBe('present');
    expect(await counts()).toEqual(before);
  });
});
