import { requireBilanLink } from '@/lib/server/bilan-access';
import { bilanFileResponse } from '@/lib/server/exports/bilan-download';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** A bilan through its read-only link: no account needed; revoked or expired links get 404. */
export async function GET(_request: Request, context: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await context.params;
    return await bilanFileResponse('xlsx', await requireBilanLink(token));
  } catch (error) {
    return routeErrorResponse(error);
  }
}
