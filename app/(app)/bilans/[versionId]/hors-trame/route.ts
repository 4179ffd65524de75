import { bilanVersionAccess, versionIdParams } from '@/lib/server/bilan-access';
import { bilanFileResponse } from '@/lib/server/exports/bilan-download';
import { userRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** A shared bilan version, for the funders it is shared with and the organisers; others get 404. */
export const GET = userRoute(
  async ({ viewer, params }) => bilanFileResponse('hors-trame', (await bilanVersionAccess(viewer, params.versionId)).version),
  { params: versionIdParams },
);
