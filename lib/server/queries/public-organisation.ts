import 'server-only';
import { PUBLIC_EVENT_STATUSES } from '@/lib/domain/public';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/** What an organisation's public calendar says of each of its events: the public page's header. */
export type PublicEventSummary = {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly mode: 'PRESENTIEL' | 'DISTANCIEL' | 'HYBRIDE';
  readonly venueName: string | null;
  readonly venueAddress: string | null;
  readonly programmeVersion: number;
  readonly updatedAt: Date;
};

/** At most this many events in a feed: the most recent ones, a calendar needs no more. */
export const ORGANISATION_FEED_LIMIT = 200;

/**
 * The published events an organisation owns or co-organises (accepted), newest first. Public by
 * design, like each event's page: the status filter is the authorization. An unknown organisation,
 * or a funder (which organises nothing), is "not found".
 */
export async function requireOrganisationFeed(organisationId: string): Promise<{ name: string; events: PublicEventSummary[] }> {
  const organisation = await db().organisation.findUnique({ where: { id: organisationId }, select: { name: true, kind: true } });
  if (!organisation || organisation.kind === 'FINANCEUR') throw notFound('Cette structure');
  const events = await db().event.findMany({
    where: {
      status: { in: [...PUBLIC_EVENT_STATUSES] },
      OR: [{ ownerOrganisationId: organisationId }, { coOrganisers: { some: { organisationId, status: 'ACCEPTED' } } }],
    },
    orderBy: { startsAt: 'desc' },
    take: ORGANISATION_FEED_LIMIT,
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      mode: true,
      venueName: true,
      venueAddress: true,
      programmeVersion: true,
      updatedAt: true,
    },
  });
  return { name: organisation.name, events };
}
