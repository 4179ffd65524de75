import 'server-only';
import { requireViewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';

export type EventListItem = {
  id: string;
  title: string;
  slug: string;
  startsAt: Date;
  endsAt: Date;
  status: 'DRAFT' | 'PUBLISHED' | 'DONE' | 'BILAN_VALIDATED';
  territoryName: string | null;
  ownerName: string;
  role: 'owner' | 'co-organiser';
};

/** Events the current organisation owns or co-organises, soonest first. */
export async function listEventsOfCurrentOrganisation(): Promise<EventListItem[]> {
  const { current } = await requireViewer();
  const events = await db().event.findMany({
    where: {
      OR: [{ ownerOrganisationId: current.organisationId }, { coOrganisers: { some: { organisationId: current.organisationId, status: 'ACCEPTED' } } }],
    },
    orderBy: { startsAt: 'desc' },
    select: {
      id: true,
      title: true,
      slug: true,
      startsAt: true,
      endsAt: true,
      status: true,
      ownerOrganisationId: true,
      territory: { select: { name: true } },
      owner: { select: { name: true } },
    },
  });
  return events.map((e) => ({
    id: e.id,
    title: e.title,
    slug: e.slug,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    status: e.status,
    territoryName: e.territory?.name ?? null,
    ownerName: e.owner.name,
    role: e.ownerOrganisationId === current.organisationId ? 'owner' : 'co-organiser',
  }));
}
