import { buildScheduleJson } from '@/lib/domain/public';
import { requirePublicEvent } from '@/lib/server/queries/public-event';
import { routeErrorResponse } from '@/lib/server/route';

// Cached like the page (see page.tsx) and invalidated with it by revalidatePublicEvents().
export const dynamic = 'force-static';
export const revalidate = 60;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** The programme as JSON (days → sessions). Public: published events only, a draft is 404. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await context.params;
    const { event, pageUrl } = await requirePublicEvent(slug);
    return Response.json(buildScheduleJson(event, pageUrl), {
      headers: { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
