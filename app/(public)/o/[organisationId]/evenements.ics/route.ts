import { z } from 'zod';
import { organisationCalendar } from '@/lib/server/exports/ics';
import { publicEventUrl } from '@/lib/server/queries/public-event';
import { requireOrganisationFeed } from '@/lib/server/queries/public-organisation';
import { idParam, publicRoute } from '@/lib/server/route';

// Calendar apps poll a subscription every hour or so: five minutes of cache costs them nothing and
// spares the database a query per poll.
export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams(): Array<{ organisationId: string }> {
  return [];
}

/** An organisation's published events as iCalendar, to subscribe to. Public, like each event's page. */
export const GET = publicRoute(
  async ({ params }) => {
    const { name, events } = await requireOrganisationFeed(params.organisationId);
    return new Response(organisationCalendar(name, events, publicEventUrl), {
      // No attachment: calendar apps subscribe to this address rather than download it once.
      headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    });
  },
  { params: z.object({ organisationId: idParam }) },
);
