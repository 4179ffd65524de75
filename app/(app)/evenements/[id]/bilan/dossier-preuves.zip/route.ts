import { latestBilanVersion } from '@/lib/server/bilan-access';
import { proofPackResponse } from '@/lib/server/exports/proof-pack';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The proof pack of the latest validated bilan, for the organisers (event.read); without one, 404. */
export const GET = eventRoute('event.read', async ({ event }) => proofPackResponse(await latestBilanVersion(event.id)));
