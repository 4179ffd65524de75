import { z } from 'zod';
import { buildFrabSchedule } from '@/lib/domain/public/frab-schedule';
import { frabScheduleXml } from '@/lib/server/exports/frab-xml';
import { requirePublicEvent } from '@/lib/server/queries/public-event';
import { publicRoute, slugParam } from '@/lib/server/route';

// Cached like the page (see page.tsx) and invalidated with it by revalidatePublicEvents().
export const dynamic = 'force-static';
export const revalidate = 60;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** The programme in the frab schedule format, for schedule apps. Public: published events only. */
export const GET = publicRoute(
  async ({ params }) => {
    const { event, pageUrl } = await requirePublicEvent(params.slug);
    return new Response(frabScheduleXml(buildFrabSchedule(event, pageUrl)), {
      headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
    });
  },
  { params: z.object({ slug: slugParam }) },
);
