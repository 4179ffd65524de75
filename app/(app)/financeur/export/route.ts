import { z } from 'zod';
import { funderDashboardCsv, funderDashboardXlsx } from '@/lib/server/exports/funder-dashboard';
import { getFunderDashboard } from '@/lib/server/queries/funder-dashboard';
import { SafeError } from '@/lib/server/errors';
import { userRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const formatParam = z.enum(['csv', 'xlsx']);

/**
 * The funder dashboard as CSV or XLSX, with the filters of the page (same search params). Only a
 * funder organisation's members (403 otherwise); unusable filters → 400 with the French messages.
 */
export const GET = userRoute(async ({ viewer, request }) => {
  const url = new URL(request.url);
  const format = formatParam.safeParse(url.searchParams.get('fichier') ?? 'csv');
  if (!format.success) throw new SafeError('Choisissez un fichier CSV ou XLSX.', 'invalid');
  const dashboard = await getFunderDashboard(viewer, url.searchParams);
  if (dashboard.errors.length > 0) throw new SafeError(dashboard.errors.join(' '), 'invalid');
  const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };
  if (format.data === 'xlsx') {
    return new Response(new Uint8Array(await funderDashboardXlsx(dashboard)), {
      headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': 'attachment; filename="bilans-partages.xlsx"' },
    });
  }
  return new Response(funderDashboardCsv(dashboard), {
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="bilans-partages.csv"' },
  });
});
