import { z } from 'zod';
import { networkRollupCsv, networkRollupXlsx } from '@/lib/server/exports/network-rollup';
import { getNetworkPage } from '@/lib/server/queries/network';
import { SafeError } from '@/lib/server/errors';
import { userRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const formatParam = z.enum(['csv', 'xlsx']);

/**
 * The network page's roll-up as CSV or XLSX (`?fichier=csv|xlsx`). Authorised as the page: only
 * the members of the network organisation they work in now (403 for a hub, a member organisation of
 * the network, a funder).
 */
export const GET = userRoute(async ({ viewer, request }) => {
  const format = formatParam.safeParse(new URL(request.url).searchParams.get('fichier') ?? 'csv');
  if (!format.success) throw new SafeError('Choisissez un fichier CSV ou XLSX.', 'invalid');
  const page = await getNetworkPage(viewer);
  const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };
  if (format.data === 'xlsx') {
    return new Response(new Uint8Array(await networkRollupXlsx(page)), {
      headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': 'attachment; filename="cycle-du-reseau.xlsx"' },
    });
  }
  return new Response(networkRollupCsv(page), {
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="cycle-du-reseau.csv"' },
  });
});
