import { buildOpenAgendaEvent } from '@/lib/domain/public/openagenda';
import { appUrl } from '@/lib/env';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { getPublicEvent, publicEventUrl } from '@/lib/server/queries/public-event';
import { registrationFormPath } from '@/lib/server/registrations/paths';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/**
 * The event as an OpenAgenda v2 event and its location, to paste into (or push to) a territory's
 * agenda. Organisers only; a draft has nothing public to announce yet (409).
 */
export const GET = eventRoute('event.read', async ({ event }) => {
  const row = await db().event.findUniqueOrThrow({ where: { id: event.id }, select: { slug: true, territory: { select: { level: true, inseeCode: true } } } });
  const published = await getPublicEvent(row.slug);
  if (!published) throw new SafeError('Publiez d’abord l’événement : OpenAgenda n’annonce que des événements publics.', 'conflict');
  const insee = row.territory?.level === 'COMMUNE' ? row.territory.inseeCode : null;
  const payload = buildOpenAgendaEvent(published, { pageUrl: publicEventUrl(row.slug), registrationUrl: `${appUrl()}${registrationFormPath(row.slug)}` }, insee);
  return Response.json(payload, {
    headers: { 'Content-Disposition': `attachment; filename="openagenda-${row.slug}.json"`, 'Cache-Control': 'private, no-store' },
  });
});
