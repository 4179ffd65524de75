import { networkRollupCsv, networkRollupXlsx } from '@/lib/server/exports/network-rollup';
import { rollupFileResponse, rollupFormat } from '@/lib/server/exports/rollup-download';
import { getNetworkPage } from '@/lib/server/queries/network';
import { userRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/**
 * The network page's roll-up as CSV or XLSX (`?fichier=csv|xlsx`). Authorised as the page: only
 * the members of the network organisation they work in now (403 for a hub, a member organisation of
 * the network, a funder).
 */
export const GET = userRoute(async ({ viewer, request }) => {
  const format = rollupFormat(new URL(request.url));
  const page = await getNetworkPage(viewer);
  return rollupFileResponse(format, 'cycle-du-reseau', { csv: () => networkRollupCsv(page), xlsx: () => networkRollupXlsx(page) });
});
