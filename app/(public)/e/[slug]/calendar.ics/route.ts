import { publicEventPath } from '@/lib/domain/public';
import { notFound } from '@/lib/server/errors';
import { calendarHeaders, eventCalendar } from '@/lib/server/exports/ics';
import { getPublicEvent } from '@/lib/server/queries/public-event';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The event and all its sessions as iCalendar. Public: published events only, a draft is 404. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await context.params;
    const event = await getPublicEvent(slug);
    if (!event) throw notFound('Cet événement');
    const pageUrl = new URL(publicEventPath(event.slug), request.url).toString();
    return new Response(eventCalendar(event, pageUrl), { headers: calendarHeaders(`${event.slug}.ics`) });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
