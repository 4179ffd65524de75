import { z } from 'zod';
import { publicEventPath } from '@/lib/domain/public';
import { notFound } from '@/lib/server/errors';
import { calendarHeaders, sessionCalendar } from '@/lib/server/exports/ics';
import { getPublicEvent } from '@/lib/server/queries/public-event';
import { idParam, publicRoute, slugParam } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** One session of a published event as iCalendar (a cancelled one says so). A draft's session is 404. */
export const GET = publicRoute(
  async ({ request, params: { slug, sessionId } }) => {
    const event = await getPublicEvent(slug);
    const session = event?.sessions.find((s) => s.id === sessionId);
    if (!event || !session) throw notFound('Cette séance');
    const pageUrl = new URL(publicEventPath(event.slug), request.url).toString();
    return new Response(sessionCalendar(event, session, pageUrl), {
      headers: calendarHeaders(`${event.slug}-seance-${session.id.slice(0, 8)}.ics`),
    });
  },
  { params: z.object({ slug: slugParam, sessionId: idParam }) },
);
