import 'server-only';
import { buildOpenAgendaEvent, type OpenAgendaExport } from '@/lib/domain/public/openagenda';
import { appUrl } from '@/lib/env';
import { db } from '@/lib/server/db';
import { getPublicEvent, publicEventUrl } from '@/lib/server/queries/public-event';
import { registrationFormPath } from '@/lib/server/registrations/paths';

/**
 * The event as OpenAgenda wants it, built from its public page only; null while it is not public
 * (a draft). Shared by the JSON download and the push.
 */
export async function loadOpenAgendaExport(eventId: string): Promise<{ slug: string; payload: OpenAgendaExport | null }> {
  const row = await db().event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true, territory: { select: { level: true, inseeCode: true } } } });
  const published = await getPublicEvent(row.slug);
  if (!published) return { slug: row.slug, payload: null };
  const insee = row.territory?.level === 'COMMUNE' ? row.territory.inseeCode : null;
  const links = { pageUrl: publicEventUrl(row.slug), registrationUrl: `${appUrl()}${registrationFormPath(row.slug)}` };
  return { slug: row.slug, payload: buildOpenAgendaEvent(published, links, insee) };
}
