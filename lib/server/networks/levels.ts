import 'server-only';
import { levelBeforeAfter, type LevelRow } from '@/lib/domain/networks/level-before-after';
import { db } from '@/lib/server/db';

/**
 * Issue 19.4: for the events of a roll-up (funder dashboard, network), the level of each territory
 * before and after, from the diagnostics that each event's organisation made of its territory. The
 * caller decides which events it may see; only levels and dates leave (no answers, no author).
 */
export async function levelRowsForEvents(eventIds: readonly string[]): Promise<LevelRow[]> {
  if (eventIds.length === 0) return [];
  const events = await db().event.findMany({
    where: { id: { in: [...eventIds] } },
    select: { ownerOrganisationId: true, owner: { select: { name: true } }, territoryId: true, territory: { select: { name: true } }, startsAt: true, endsAt: true },
  });
  const pairs = [...new Map(events.flatMap((e) => (e.territoryId ? [[`${e.ownerOrganisationId}|${e.territoryId}`, { organisationId: e.ownerOrganisationId, territoryId: e.territoryId }]] : []))).values()];
  const diagnostics =
    pairs.length === 0
      ? []
      : await db().diagnostic.findMany({
          where: { OR: pairs },
          select: { organisationId: true, territoryId: true, computedLevel: true, chosenLevel: true, createdAt: true },
        });
  return levelBeforeAfter(
    events.map((e) => ({
      organisationId: e.ownerOrganisationId,
      organisationName: e.owner.name,
      territoryId: e.territoryId,
      territoryName: e.territory?.name ?? null,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
    })),
    diagnostics.map((d) => ({ organisationId: d.organisationId, territoryId: d.territoryId, level: d.chosenLevel ?? d.computedLevel, at: d.createdAt.toISOString() })),
  );
}
