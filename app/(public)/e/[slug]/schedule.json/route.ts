import { z } from 'zod';
import { buildFrabSchedule, frabScheduleJson } from '@/lib/domain/public/frab-schedule';
import { appUrl } from '@/lib/env';
import { requirePublicEvent } from '@/lib/server/queries/public-event';
import { publicRoute, slugParam } from '@/lib/server/route';

// Cached like the page (see page.tsx) and invalidated with it by revalidatePublicEvents().
export const dynamic = 'force-static';
export const revalidate = 60;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** The programme in c3voc's schedule.json, the JSON twin of schedule.xml. Public: published events only. */
export const GET = publicRoute(
  async ({ params }) => {
    const { event, pageUrl } = await requirePublicEvent(params.slug);
    return Response.json(frabScheduleJson(buildFrabSchedule(event, pageUrl), appUrl()), {
      headers: { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
    });
  },
  { params: z.object({ slug: slugParam }) },
);
