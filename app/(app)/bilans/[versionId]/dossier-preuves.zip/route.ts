import { bilanVersionAccess, versionIdParams } from '@/lib/server/bilan-access';
import { proofPackResponse } from '@/lib/server/exports/proof-pack';
import { userRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/**
 * The proof pack of a shared version, for the funders it is shared with and the organisers; others get
 * 404. Not offered through read-only links: the signed sheets carry participants' names and signatures.
 */
export const GET = userRoute(async ({ viewer, params }) => proofPackResponse((await bilanVersionAccess(viewer, params.versionId)).version), {
  params: versionIdParams,
});
