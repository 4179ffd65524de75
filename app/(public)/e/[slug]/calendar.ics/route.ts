import { calendarHeaders, eventCalendar } from '@/lib/server/exports/ics';
import { requirePublicEvent } from '@/lib/server/queries/public-event';
import { routeErrorResponse } from '@/lib/server/route';

// Cached like the page (see page.tsx) and invalidated with it by revalidatePublicEvents().
export const dynamic = 'force-static';
export const revalidate = 60;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** The event and all its sessions as iCalendar. Public: published events only, a draft is 404. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await context.params;
    const { event, pageUrl } = await requirePublicEvent(slug);
    return new Response(eventCalendar(event, pageUrl), { headers: calendarHeaders(`${event.slug}.ics`) });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
