import { z } from 'zod';
import { buildScheduleJson } from '@/lib/domain/public';
import { requirePublicEvent } from '@/lib/server/queries/public-event';
import { publicRoute, slugParam } from '@/lib/server/route';

// Cached like the page (see page.tsx) and invalidated with it by revalidatePublicEvents().
export const dynamic = 'force-static';
export const revalidate = 60;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** The programme as JSON (days → sessions). Public: published events only, a draft is 404. */
export const GET = publicRoute(
  async ({ params }) => {
    const { event, pageUrl } = await requirePublicEvent(params.slug);
    return Response.json(buildScheduleJson(event, pageUrl), {
      headers: { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
    });
  },
  { params: z.object({ slug: slugParam }) },
);
