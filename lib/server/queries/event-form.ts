import 'server-only';
import { isMaturityLevel } from '@/lib/domain/diagnostic/maturity-level';
import { calendarDaysBetween, formatTime, parisDay } from '@/lib/domain/dates';
import { audienceCategorySchema } from '@/lib/domain/registrations/audience-categories';
import { blankEventFormValues, EVENT_TITLE_MAX_LENGTH, MAX_EVENT_DAYS, type EventRecordFormValues } from '@/lib/schemas/event';
import { isFunder, requireCurrentPermission, requireEventPermission, type Viewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { eventDetailsSelect } from './event-details-select';
import { storedTerritoryLabel } from './event-record';

// What the event form starts from: blank, a template, an event being edited, or a past event.

export type OrganisationChoice = { id: string; name: string };
export type EventFormStart = {
  values: EventRecordFormValues;
  territoryLabel: string | null;
  coOrganiserChoices: OrganisationChoice[];
  /** False when the programme's days skip a date: the form, which counts days from the first, would close the gap. */
  consecutiveDays: boolean;
};

/** The caller's organisations that may co-organise (no funder, not the owner), plus the current ones. */
function coOrganiserChoices(viewer: Viewer, ownerId: string, current: readonly OrganisationChoice[]): OrganisationChoice[] {
  const mine = viewer.memberships
    .filter((m) => !isFunder(m) && m.organisationId !== ownerId)
    .map((m) => ({ id: m.organisationId, name: m.organisationName }));
  const byId = new Map([...mine, ...current].map((o) => [o.id, o]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export async function getCreationStart(): Promise<Pick<EventFormStart, 'coOrganiserChoices'>> {
  const { viewer, membership } = await requireCurrentPermission('event.create');
  return { coOrganiserChoices: coOrganiserChoices(viewer, membership.organisationId, []) };
}

const recordSelect = {
  ...eventDetailsSelect,
  partners: { select: { name: true, url: true }, orderBy: { position: 'asc' } },
  _count: { select: { rooms: true, sessions: true, budgetLines: true, tasks: true } },
} as const;

async function readRecord(eventId: string) {
  const event = await db().event.findUnique({ where: { id: eventId }, select: recordSelect });
  if (!event) throw notFound('Cet événement');
  return event;
}

type StoredRecord = Awaited<ReturnType<typeof readRecord>>;

function formStart(viewer: Viewer, ownerId: string, event: StoredRecord): EventFormStart {
  // An event made from a diagnostic has no day rows yet: its days are read from its dates.
  const first = parisDay(event.startsAt);
  const count = Math.min(MAX_EVENT_DAYS, Math.max(1, calendarDaysBetween(first, parisDay(event.endsAt)) + 1));
  const days =
    event.days.length > 0
      ? event.days.map((d) => ({ opensAt: formatTime(d.startsAt), closesAt: formatTime(d.endsAt) }))
      : Array.from({ length: count }, () => ({ opensAt: formatTime(event.startsAt), closesAt: formatTime(event.endsAt) }));
  const territory = event.territory;
  const current = event.coOrganisers.map((c) => c.organisation);
  return {
    values: {
      ...blankEventFormValues(),
      title: event.title,
      territory: territory ? { level: territory.level, code: territory.inseeCode } : null,
      firstDay: event.days[0]?.date ?? first,
      days: days.slice(0, MAX_EVENT_DAYS),
      mode: event.mode,
      visioUrl: event.visioUrl ?? '',
      level: isMaturityLevel(event.level) ? event.level : null,
      objective: event.objective ?? '',
      coOrganiserIds: current.map((o) => o.id).filter((id) => id !== ownerId),
      outsideCoOrganisers: event.outsideCoOrganisers.map((o) => ({ id: o.id, name: o.name, siret: o.siret ?? '' })),
      venueName: event.venueName ?? '',
      venueAddress: event.venueAddress ?? '',
      venueNotes: event.venueNotes ?? '',
      venueNearStation: event.venueNearStation,
      venueAccessible: event.venueAccessible,
      venueHasPlenary: event.venueHasPlenary,
      venueHasBreakouts: event.venueHasBreakouts,
      venueHasProjection: event.venueHasProjection,
      venueHasSound: event.venueHasSound,
      participantMin: event.participantMin,
      participantMax: event.participantMax,
      themes: event.themes.join(', '),
      hashtag: event.hashtag ?? '',
      publicContactEmail: event.publicContactEmail ?? '',
      publicContactPhone: event.publicContactPhone ?? '',
      audiences: event.audiences.flatMap((a) => {
        const category = audienceCategorySchema.safeParse(a.category);
        return category.success ? [{ category: category.data, territoryTotal: a.territoryTotal }] : [];
      }),
      partners: event.partners.map((p) => ({ name: p.name, url: p.url ?? '' })),
      description: event.description ?? '',
    },
    territoryLabel: territory ? storedTerritoryLabel(territory) : null,
    coOrganiserChoices: coOrganiserChoices(viewer, ownerId, current.filter((o) => o.id !== ownerId)),
    consecutiveDays: event.days.every((day, i) => i === 0 || calendarDaysBetween(event.days[i - 1]!.date, day.date) === 1),
  };
}

export async function getEventFormStart(eventId: string): Promise<EventFormStart> {
  const { viewer } = await requireEventPermission(eventId, 'event.edit');
  const event = await readRecord(eventId);
  return formStart(viewer, event.ownerOrganisationId, event);
}

/** A past event as the start of a new edition owned by the current organisation; the new first day is left to choose. */
export async function getDuplicationStart(sourceEventId: string) {
  await requireEventPermission(sourceEventId, 'event.read');
  const { viewer, membership } = await requireCurrentPermission('event.create');
  const event = await readRecord(sourceEventId);
  const start = formStart(viewer, membership.organisationId, event);
  const title = `${event.title} (nouvelle édition)`.slice(0, EVENT_TITLE_MAX_LENGTH);
  return {
    ...start,
    values: { ...start.values, title, firstDay: '' },
    source: { title: event.title, dayCount: start.values.days.length, ...event._count },
  };
}
