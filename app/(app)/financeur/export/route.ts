import { funderDashboardCsv, funderDashboardXlsx } from '@/lib/server/exports/funder-dashboard';
import { rollupFileResponse, rollupFormat } from '@/lib/server/exports/rollup-download';
import { getFunderDashboard } from '@/lib/server/queries/funder-dashboard';
import { SafeError } from '@/lib/server/errors';
import { userRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/**
 * The funder dashboard as CSV or XLSX, with the filters of the page (same search params). Only a
 * funder organisation's members (403 otherwise); unusable filters → 400 with the French messages.
 */
export const GET = userRoute(async ({ viewer, request }) => {
  const url = new URL(request.url);
  const format = rollupFormat(url);
  const dashboard = await getFunderDashboard(viewer, url.searchParams);
  if (dashboard.errors.length > 0) throw new SafeError(dashboard.errors.join(' '), 'invalid');
  return rollupFileResponse(format, 'bilans-partages', { csv: () => funderDashboardCsv(dashboard), xlsx: () => funderDashboardXlsx(dashboard) });
});
