import { buildScheduleJson, publicEventPath } from '@/lib/domain/public';
import { notFound } from '@/lib/server/errors';
import { getPublicEvent } from '@/lib/server/queries/public-event';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The programme as JSON (days → sessions). Public: published events only, a draft is 404. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await context.params;
    const event = await getPublicEvent(slug);
    if (!event) throw notFound('Cet événement');
    const pageUrl = new URL(publicEventPath(event.slug), request.url).toString();
    return Response.json(buildScheduleJson(event, pageUrl), {
      headers: { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
