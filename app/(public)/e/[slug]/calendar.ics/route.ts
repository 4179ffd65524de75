import { z } from 'zod';
import { calendarHeaders, eventCalendar } from '@/lib/server/exports/ics';
import { requirePublicEvent } from '@/lib/server/queries/public-event';
import { publicRoute, slugParam } from '@/lib/server/route';

// Cached like the page (see page.tsx) and invalidated with it by revalidatePublicEvents().
export const dynamic = 'force-static';
export const revalidate = 60;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** The event and all its sessions as iCalendar. Public: published events only, a draft is 404. */
export const GET = publicRoute(
  async ({ params }) => {
    const { event, pageUrl } = await requirePublicEvent(params.slug);
    return new Response(eventCalendar(event, pageUrl), { headers: calendarHeaders(`${event.slug}.ics`) });
  },
  { params: z.object({ slug: slugParam }) },
);
