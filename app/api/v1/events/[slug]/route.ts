import { z } from 'zod';
import { apiEventOf } from '@/lib/domain/api/present';
import { cachedApiBody } from '@/lib/server/api/cache';
import { jsonBody, problem, rateLimited } from '@/lib/server/api/respond';
import { getPublicEvent, publicEventUrl } from '@/lib/server/queries/public-event';
import { publicRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** One published event with its programme and speakers; a draft or an unknown slug is a 404 problem. */
export const GET = publicRoute(
  async ({ request, params }) => {
    const limited = await rateLimited(request);
    if (limited) return limited;
    const body = await cachedApiBody(`events/${params.slug}`, async () => {
      // getPublicEvent checks the slug's shape: anything else is simply not found.
      const event = await getPublicEvent(params.slug);
      return event ? JSON.stringify(apiEventOf(event, publicEventUrl(event.slug))) : null;
    });
    if (body === null) return problem(404, 'Événement introuvable.', { detail: 'Aucun événement publié à cette adresse.' });
    return jsonBody(body);
  },
  { params: z.object({ slug: z.string() }) },
);
