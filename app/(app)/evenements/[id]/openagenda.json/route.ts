import { SafeError } from '@/lib/server/errors';
import { loadOpenAgendaExport } from '@/lib/server/openagenda/export';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/**
 * The event as an OpenAgenda v2 event and its location, to paste into (or push to) a territory's
 * agenda. Organisers only; a draft has nothing public to announce yet (409).
 */
export const GET = eventRoute('event.read', async ({ event }) => {
  const { slug, payload } = await loadOpenAgendaExport(event.id);
  if (!payload) throw new SafeError('Publiez d’abord l’événement : OpenAgenda n’annonce que des événements publics.', 'conflict');
  return Response.json(payload, {
    headers: { 'Content-Disposition': `attachment; filename="openagenda-${slug}.json"`, 'Cache-Control': 'private, no-store' },
  });
});
