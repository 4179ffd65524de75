import { apiEventSummaryOf } from '@/lib/domain/api/present';
import { eventListQuery, type ApiEventSummary } from '@/lib/domain/api/v1';
import { API_HEADERS, parseQuery, rateLimited } from '@/lib/server/api/respond';
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
  const { rows, total } = await listPublicEvents(query.value);
  const data: ApiEventSummary[] = rows.map((row) => apiEventSummaryOf(row, publicEventUrl(row.slug)));
  return Response.json({ data, page: query.value.page, perPage: query.value.perPage, total }, { headers: API_HEADERS });
});
