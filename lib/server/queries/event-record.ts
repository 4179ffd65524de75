import 'server-only';
import { can } from '@/lib/domain/access/permissions';
import { CO_ORGANISER_STATUS_SUFFIX, OUTSIDE_CO_ORGANISER_SUFFIX } from '@/lib/domain/events/co-organisers';
import { getLevelObjective } from '@/lib/domain/diagnostic/objectives';
import { isMaturityLevel } from '@/lib/domain/diagnostic/maturity-level';
import { relevantDateWarnings } from '@/lib/domain/events/past';
import { eventDateWarnings, SAME_TERRITORY_MIN_GAP_DAYS } from '@/lib/domain/events/warnings';
import { findFormat } from '@/lib/domain/formats/formats';
import { AUDIENCE_CATEGORY_LABELS, type AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import { departementOfCommune, territoryLabel, type TerritoryLevel } from '@/lib/domain/territories/types';
import { isFunder, requireEventPermission, type Viewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { findTrameMatches } from '@/lib/server/events/outside-co-organisers';
import { eventDetailsSelect } from './event-details-select';
import { publicEventUrl } from './public-event';

const DAY_MS = 24 * 3600 * 1000;
/** The title shown for another organisation's event: only its dates cross organisations. */
const FOREIGN_EVENT_TITLE = 'Un événement d’une autre structure';

/** Everything the overview shows, with the date warnings and what the caller may do from there. */
export async function getEventOverview(eventId: string) {
  const { viewer } = await requireEventPermission(eventId, 'event.read');
  const event = await db().event.findUnique({
    where: { id: eventId },
    select: {
      ...eventDetailsSelect,
      id: true,
      territoryId: true,
      suggestedFormats: true,
      diagnosticId: true,
      slug: true,
      status: true,
      partners: { select: { id: true, name: true, url: true, logoType: true }, orderBy: { position: 'asc' } },
    },
  });
  if (!event) throw notFound('Cet événement');
  const organisers = [
    event.ownerOrganisationId,
    ...event.coOrganisers.filter((c) => c.status === 'ACCEPTED').map((c) => c.organisation.id),
  ];
  const level = isMaturityLevel(event.level) ? event.level : null;
  const canEdit = viewer.memberships.some((m) => organisers.includes(m.organisationId) && can(m.role, 'event.edit', { funder: isFunder(m) }));
  const canPublish = viewer.memberships.some((m) => organisers.includes(m.organisationId) && can(m.role, 'event.publish', { funder: isFunder(m) }));
  const outsideNames = new Map(event.outsideCoOrganisers.map((o) => [o.id, o.name]));
  // Co-organisers not on Trame that have since joined (same SIRET or name): offered to link, to editors only.
  const trameMatches = canEdit && event.outsideCoOrganisers.length > 0 ? await findTrameMatches(db(), eventId) : [];
  return {
    ...event,
    level: level ? { value: level, title: getLevelObjective(level).title } : null,
    territory: event.territory ? { name: event.territory.name, label: storedTerritoryLabel(event.territory) } : null,
    coOrganisers: [
      ...event.coOrganisers.map((c) => `${c.organisation.name}${CO_ORGANISER_STATUS_SUFFIX[c.status]}`),
      // One linked to an organisation that has not answered yet is said by that invitation.
      ...event.outsideCoOrganisers.filter((o) => o.invitedOrganisationId === null).map((o) => `${o.name}${OUTSIDE_CO_ORGANISER_SUFFIX}`),
    ].sort((a, b) => a.localeCompare(b, 'fr')),
    audiences: event.audiences
      .map((a) => ({ ...a, label: AUDIENCE_CATEGORY_LABELS[a.category as AudienceCategory] ?? a.category }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    suggestedFormats: event.suggestedFormats.flatMap((id) => {
      const format = findFormat(id);
      return format ? [{ id: format.id, name: format.name }] : [];
    }),
    warnings: await dateWarnings(viewer, event),
    canEdit,
    canPublish,
    publicUrl: publicEventUrl(event.slug),
    trameMatches: trameMatches.map((match) => ({ ...match, outsideName: outsideNames.get(match.outsideId) ?? '' })),
    canDuplicate: can(viewer.current.role, 'event.create', { funder: isFunder(viewer.current) }),
  };
}

/** « Marseille (commune, 13) » for a stored territory. */
export function storedTerritoryLabel(territory: { name: string; level: TerritoryLevel; inseeCode: string }): string {
  const departement = territory.level === 'COMMUNE' ? departementOfCommune(territory.inseeCode) : null;
  return territoryLabel({ level: territory.level, name: territory.name, code: territory.inseeCode, departement });
}

export type EventOverview = Awaited<ReturnType<typeof getEventOverview>>;

/**
 * The general-assembly season and the other events of the same territory within a week, whatever
 * organisation holds them. Only their dates are read across organisations; a title (and a link) is
 * shown only for events the caller can open.
 */
async function dateWarnings(
  viewer: Viewer,
  event: { id: string; startsAt: Date; endsAt: Date; territoryId: string | null },
) {
  const margin = (SAME_TERRITORY_MIN_GAP_DAYS + 2) * DAY_MS;
  const nearby = event.territoryId
    ? await db().event.findMany({
        where: {
          territoryId: event.territoryId,
          id: { not: event.id },
          startsAt: { lte: new Date(event.endsAt.getTime() + margin) },
          endsAt: { gte: new Date(event.startsAt.getTime() - margin) },
        },
        select: { id: true, startsAt: true, endsAt: true, territoryId: true },
      })
    : [];
  const mine = viewer.memberships.map((m) => m.organisationId);
  const visible = await db().event.findMany({
    where: {
      id: { in: nearby.map((other) => other.id) },
      OR: [{ ownerOrganisationId: { in: mine } }, { coOrganisers: { some: { organisationId: { in: mine }, status: 'ACCEPTED' } } }],
    },
    select: { id: true, title: true },
  });
  const titles = new Map(visible.map((v) => [v.id, v.title]));
  const others = nearby.map((other) => ({ ...other, title: titles.get(other.id) ?? FOREIGN_EVENT_TITLE }));
  // Advice on choosing dates is dropped once the event has started (lib/domain/events/past.ts).
  return relevantDateWarnings(eventDateWarnings(event, others), event, new Date()).map((warning) => ({
    code: warning.code,
    message: warning.message,
    href: warning.code === 'same-territory-event-nearby' && titles.has(warning.eventId) ? `/evenements/${warning.eventId}` : null,
  }));
}
