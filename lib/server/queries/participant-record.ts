import 'server-only';
import { formatDateTime, formatTime } from '@/lib/domain/dates';
import { defaultNotifyOnManualAdd, isEventOver } from '@/lib/domain/events/past';
import { AUDIENCE_CATEGORY_LABELS } from '@/lib/domain/registrations/audience-categories';
import { REGISTRATION_CHANGE_KIND_LABELS, TRACKED_FIELD_LABELS, readFieldChanges, type RegistrationChangeKind } from '@/lib/domain/registrations/changes';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { isPlaceholderEmail, registrationSourceLabel } from '@/lib/domain/registrations/personal-data';
import { REGISTRATION_STATUS_LABELS } from '@/lib/domain/registrations/statuses';
import { freeSeats } from '@/lib/domain/registrations/waiting-list';
import { tickedDays } from '@/lib/schemas/registration-days';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { toAudienceCategory, toRegistrationStatus } from '@/lib/server/participants/facts';

export type SessionChoice = { id: string; title: string; when: string; chosen: boolean; seat: string | null };

async function canEdit(eventId: string): Promise<boolean> {
  return requireEventPermission(eventId, 'event.edit').then(
    () => true,
    () => false,
  );
}

/** The event as the participant forms need it: days, whether it is over, how full it is. */
async function eventFacts(eventId: string) {
  const event = await db().event.findUniqueOrThrow({
    where: { id: eventId },
    select: { id: true, title: true, startsAt: true, endsAt: true, capacity: true, days: { select: { date: true } } },
  });
  const confirmed = await db().registration.count({ where: { eventId, status: 'CONFIRMED' } });
  const now = new Date();
  return {
    id: event.id,
    title: event.title,
    over: isEventOver(event, now),
    defaultNotify: defaultNotifyOnManualAdd(event, now),
    days: eventCalendarDays({ dayDates: event.days.map((day) => day.date), startsAt: event.startsAt, endsAt: event.endsAt }),
    capacity: event.capacity,
    confirmed,
    full: freeSeats(event.capacity, confirmed) === 0,
  };
}

/** Sessions open to pre-registration (the only ones with places to hold), and those the person holds. */
async function sessionChoices(eventId: string, held: ReadonlyMap<string, string>): Promise<SessionChoice[]> {
  const sessions = await db().session.findMany({
    where: { eventId, OR: [{ access: 'PRE_INSCRIPTION', status: 'PLANNED' }, { id: { in: [...held.keys()] } }] },
    orderBy: [{ startsAt: 'asc' }, { title: 'asc' }],
    select: { id: true, title: true, startsAt: true, endsAt: true },
  });
  return sessions.map((session) => ({
    id: session.id,
    title: session.title,
    when: `${formatDateTime(session.startsAt)} – ${formatTime(session.endsAt)}`,
    chosen: held.has(session.id),
    seat: held.get(session.id) ?? null,
  }));
}

export async function getAddParticipantForm(eventId: string) {
  await requireEventPermission(eventId, 'event.edit');
  return { event: await eventFacts(eventId), sessions: await sessionChoices(eventId, new Map()) };
}

/** One participant, for the organisers: details, days, sessions, attendance per day, history. */
export async function getParticipantRecord(eventId: string, registrationId: string) {
  await requireEventPermission(eventId, 'event.read');
  const row = await db().registration.findFirst({
    where: { id: registrationId, eventId },
    select: {
      id: true,
      name: true,
      email: true,
      organisation: true,
      category: true,
      isSpeaker: true,
      isWalkIn: true,
      accessibilityNeeds: true,
      days: true,
      status: true,
      rank: true,
      source: true,
      registeredAt: true,
      cancelledAt: true,
      anonymisedAt: true,
      sessions: { where: { status: { not: 'CANCELLED' } }, select: { sessionId: true, status: true, rank: true } },
      attendances: { select: { date: true, status: true } },
      changes: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true, kind: true, createdAt: true, byParticipant: true, changes: true, author: { select: { name: true } } },
      },
    },
  });
  if (!row) throw notFound('Cette personne');
  const event = await eventFacts(eventId);
  const category = toAudienceCategory(row.category);
  const held = new Map(row.sessions.map((s) => [s.sessionId, s.status === 'WAITING' ? `liste d’attente, rang ${s.rank ?? '?'}` : 'place confirmée']));
  const marks = new Map(row.attendances.map((a) => [a.date, a.status]));
  return {
    event,
    canEdit: (await canEdit(eventId)) && row.anonymisedAt === null,
    person: {
      id: row.id,
      name: row.name,
      email: isPlaceholderEmail(row.email) ? '' : row.email,
      organisation: row.organisation ?? '',
      category,
      categoryLabel: AUDIENCE_CATEGORY_LABELS[category],
      isSpeaker: row.isSpeaker,
      isWalkIn: row.isWalkIn,
      accessibilityNeeds: row.accessibilityNeeds ?? '',
      days: tickedDays(row.days, event.days),
      status: row.status,
      statusLabel: REGISTRATION_STATUS_LABELS[toRegistrationStatus(row.status)],
      rank: row.rank,
      sourceLabel: registrationSourceLabel(row.source),
      registeredAt: row.registeredAt,
      cancelledAt: row.cancelledAt,
      anonymised: row.anonymisedAt !== null,
    },
    sessions: await sessionChoices(eventId, held),
    attendance: event.days.map((date) => ({ date, status: marks.get(date) ?? null })),
    history: row.changes.map((change) => ({
      id: change.id,
      at: change.createdAt,
      kindLabel: REGISTRATION_CHANGE_KIND_LABELS[change.kind as RegistrationChangeKind] ?? change.kind,
      author: change.byParticipant ? 'La personne (lien personnel)' : (change.author?.name ?? 'Compte supprimé'),
      changes: readFieldChanges(change.changes).map((entry) => ({ ...entry, label: TRACKED_FIELD_LABELS[entry.field] })),
    })),
  };
}

export type ParticipantRecord = Awaited<ReturnType<typeof getParticipantRecord>>;
export type AddParticipantForm = Awaited<ReturnType<typeof getAddParticipantForm>>;
