import { apiEventSummaryOf } from '@/lib/domain/api/present';
import { eventListQuery, type ApiEventList } from '@/lib/domain/api/v1';
import { cachedApiBody } from '@/lib/server/api/cache';
import { jsonBody, parseQuery, rateLimited } from '@/lib/server/api/respond';
import { listPublicEvents } from '@/lib/server/queries/api-events';
import { publicEventUrl } from '@/lib/server/queries/public-event';
import { publicRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** Published events, paginated. Public by design: the same events as their public pages. */
export const GET = publicRoute(async ({ request }) => {
  const limited = await rateLimited(request);
  if (limited) return limited;
  const query = parseQuery(request, eventListQuery);
  if (!query.ok) return query.response;
  const { page, perPage } = query.value;
  const body = await cachedApiBody(`events?page=${page}&perPage=${perPage}`, async () => {
    const { rows, total } = await listPublicEvents(query.value);
    const list: ApiEventList = { data: rows.map((row) => apiEventSummaryOf(row, publicEventUrl(row.slug))), page, perPage, total };
    return JSON.stringify(list);
  });
  return jsonBody(body);
});
