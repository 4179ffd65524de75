import { organiserBilanVersion, versionNumberParams } from '@/lib/server/bilan-access';
import { bilanFileResponse } from '@/lib/server/exports/bilan-download';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** A validated bilan version, for the organisers of the event (event.read); others get 404. */
export const GET = eventRoute(
  'event.read',
  async ({ params }) => bilanFileResponse('hors-trame', await organiserBilanVersion(params.id, params.number)),
  { params: versionNumberParams },
);
