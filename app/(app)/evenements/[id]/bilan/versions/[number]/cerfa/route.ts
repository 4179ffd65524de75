import { requireOrganiserBilanVersion } from '@/lib/server/bilan-access';
import { bilanFileResponse } from '@/lib/server/exports/bilan-download';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** A validated bilan version, for the organisers of the event (event.read); others get 404. */
export async function GET(_request: Request, context: { params: Promise<{ id: string; number: string }> }) {
  try {
    const { id, number } = await context.params;
    const { version } = await requireOrganiserBilanVersion(id, Number(number));
    return await bilanFileResponse('cerfa', version);
  } catch (error) {
    return routeErrorResponse(error);
  }
}
