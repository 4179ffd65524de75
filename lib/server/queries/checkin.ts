import 'server-only';
import { AUDIENCE_CATEGORY_LABELS } from '@/lib/domain/registrations/audience-categories';
import { formatTime, parisDay } from '@/lib/domain/dates';
import type { CheckInPerson } from '@/lib/domain/registrations/check-in-roster';
import { checkInVersion } from '@/lib/domain/registrations/check-in-version';
import { defaultCheckInDay } from '@/lib/domain/registrations/event-days';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { Prisma } from '@/prisma/generated/client';
import { toAudienceCategory } from '@/lib/server/participants/facts';
import { listEventDays } from '@/lib/server/participants/event-day';

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

/**
 * The figures the version of one day's check-in list is made of (lib/domain/registrations/check-in-version.ts),
 * in one query: the count and summed `updatedAt` of that day's attendance rows of the event, and of
 * all its registrations. Exported for bench:checkin-page's EXPLAIN.
 */
export const checkInVersionQuery = (eventId: string, day: string) => Prisma.sql`
  SELECT a.count AS attendances, a.stamps AS "attendanceStamps", r.count AS registrations, r.stamps AS "registrationStamps"
  FROM (SELECT COUNT(*)::int AS count, COALESCE(SUM((EXTRACT(EPOCH FROM att."updatedAt") * 1000)::bigint), 0)::bigint AS stamps
        FROM "Attendance" att JOIN "Registration" reg ON reg.id = att."registrationId"
        WHERE reg."eventId" = ${eventId} AND att.date = ${day}) a,
       (SELECT COUNT(*)::int AS count, COALESCE(SUM((EXTRACT(EPOCH FROM "updatedAt") * 1000)::bigint), 0)::bigint AS stamps
        FROM "Registration" WHERE "eventId" = ${eventId}) r`;

/**
 * The version of one day's check-in list: a few bytes, where the page is ~119 kB for 1 000 people.
 * For a caller already authorized (the check-in actions, the pages through loadCheckIn).
 */
export async function readCheckInVersion(eventId: string, day: string): Promise<string> {
  const [row] = await db().$queryRaw<Array<{ attendances: number; attendanceStamps: bigint; registrations: number; registrationStamps: bigint }>>(
    checkInVersionQuery(eventId, day),
  );
  if (!row) throw new Error('check-in version not read');
  return checkInVersion({
    attendances: { count: Number(row.attendances), stampSum: BigInt(row.attendanceStamps) },
    registrations: { count: Number(row.registrations), stampSum: BigInt(row.registrationStamps) },
  });
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
