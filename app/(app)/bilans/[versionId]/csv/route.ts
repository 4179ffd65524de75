import { requireBilanVersionAccess } from '@/lib/server/bilan-access';
import { bilanFileResponse } from '@/lib/server/exports/bilan-download';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** A shared bilan version, for the funders it is shared with and the organisers; others get 404. */
export async function GET(_request: Request, context: { params: Promise<{ versionId: string }> }) {
  try {
    const { versionId } = await context.params;
    const { version } = await requireBilanVersionAccess(versionId);
    return await bilanFileResponse('csv', version);
  } catch (error) {
    return routeErrorResponse(error);
  }
}
