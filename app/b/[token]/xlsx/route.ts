import { bilanTokenParams, requireBilanLink } from '@/lib/server/bilan-access';
import { bilanFileResponse } from '@/lib/server/exports/bilan-download';
import { publicRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** A bilan through its read-only link: no account needed; revoked or expired links get 404. */
export const GET = publicRoute(async ({ params }) => bilanFileResponse('xlsx', await requireBilanLink(params.token)), {
  params: bilanTokenParams,
});
