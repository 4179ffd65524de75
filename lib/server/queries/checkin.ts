import 'server-only';
import { AUDIENCE_CATEGORY_LABELS } from '@/lib/domain/registrations/audience-categories';
import { formatTime, parisDay } from '@/lib/domain/dates';
import type { CheckInPerson } from '@/lib/domain/registrations/check-in-roster';
import { defaultCheckInDay } from '@/lib/domain/registrations/event-days';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { toAudienceCategory } from '@/lib/server/participants/facts';
import { listEventDays } from '@/lib/server/participants/event-day';
import { readCheckInVersion } from '@/lib/server/queries/checkin-version';

export type { CheckInPerson };

export type CheckInSession = {
  id: string;
  title: string;
  time: string;
  people: Array<{ id: string; name: string; attended: boolean | null }>;
};

/** `version`: that of the day's list, read before the list itself (see readCheckInVersion); '' without a day. */
export type CheckIn = { days: string[]; day: string | null; version: string; people: CheckInPerson[]; sessions: CheckInSession[] };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' });

/**
 * The check-in list of one day: confirmed participants (never speakers, walk-ins included) with
 * their status that day and whether they planned to come that day, and the sessions on pre-registration held that day. An unknown day
 * falls back to today during the event, else the first day.
 */
export async function getCheckIn(eventId: string, requestedDay: string | undefined, now = new Date()): Promise<CheckIn> {
  await requireEventPermission(eventId, 'event.read');
  return loadCheckIn(eventId, requestedDay, now);
}

/**
 * The same list, for a caller already authorized otherwise: a volunteer's check-in link, checked by
 * the page (lib/server/checkin/volunteer-links.ts). Never call it without such a check.
 */
export async function loadCheckIn(eventId: string, requestedDay: string | undefined, now = new Date()): Promise<CheckIn> {
  const days = await listEventDays(db(), eventId);
  const day = requestedDay && days.includes(requestedDay) ? requestedDay : defaultCheckInDay(days, now);
  if (day === null) return { days, day, version: '', people: [], sessions: [] };
  // Read before the list: a change made in between shows as a new version at the board's next check.
  const version = await readCheckInVersion(eventId, day);

  const registrations = await db().registration.findMany({
    where: { eventId, status: 'CONFIRMED', isSpeaker: false },
    select: {
      id: true,
      name: true,
      organisation: true,
      category: true,
      isWalkIn: true,
      days: true,
      attendances: { where: { date: day }, select: { status: true, markedBy: true, tappedAt: true } },
    },
  });
  const people = registrations
    .map((registration) => ({
      id: registration.id,
      name: registration.name,
      organisation: registration.organisation,
      categoryLabel: AUDIENCE_CATEGORY_LABELS[toAudienceCategory(registration.category)],
      isWalkIn: registration.isWalkIn,
      expected: registration.days.length === 0 || registration.days.includes(day),
      status: registration.attendances[0]?.status ?? null,
      markedBy: registration.attendances[0]?.markedBy ?? null,
      markedAt: registration.attendances[0]?.tappedAt ? formatTime(registration.attendances[0].tappedAt) : null,
    }))
    .sort(byName);

  const sessions = await db().session.findMany({
    where: { eventId, access: 'PRE_INSCRIPTION', status: 'PLANNED' },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      registrations: {
        where: { status: 'CONFIRMED', registration: { isSpeaker: false } },
        select: { id: true, attended: true, registration: { select: { name: true } } },
      },
    },
  });
  return {
    days,
    day,
    version,
    people,
    sessions: sessions
      .filter((session) => parisDay(session.startsAt) === day)
      .map((session) => ({
        id: session.id,
        title: session.title,
        time: `${formatTime(session.startsAt)}–${formatTime(session.endsAt)}`,
        people: session.registrations
          .map((entry) => ({ id: entry.id, name: entry.registration.name, attended: entry.attended }))
          .sort(byName),
      })),
  };
}

export type CheckInLinkRow = { id: string; label: string; expiresAt: Date; state: 'active' | 'expired' | 'revoked'; createdBy: string; taps: number };

/** The volunteers' check-in links of an event, newest first (their secrets and PINs are not kept). */
export async function listCheckInLinks(eventId: string, now = new Date()): Promise<CheckInLinkRow[]> {
  await requireEventPermission(eventId, 'event.read');
  const links = await db().checkInLink.findMany({
    where: { eventId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, label: true, expiresAt: true, revokedAt: true, createdBy: true, _count: { select: { taps: true } } },
  });
  return links.map((link) => ({
    id: link.id,
    label: link.label,
    expiresAt: link.expiresAt,
    state: link.revokedAt ? 'revoked' : link.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active',
    createdBy: link.createdBy,
    taps: link._count.taps,
  }));
}
