import 'server-only';
import { mayEmailRegistrants } from '@/lib/domain/events/past';
import { AUDIENCE_CATEGORY_LABELS } from '@/lib/domain/registrations/audience-categories';
import { attendanceDaysLabel } from '@/lib/domain/registrations/event-days';
import { isPlaceholderEmail } from '@/lib/domain/registrations/personal-data';
import { REGISTRATION_STATUS_LABELS } from '@/lib/domain/registrations/statuses';
import { PARTICIPANTS_PAGE_SIZE } from '@/lib/schemas/participants';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { retentionState, type RetentionState } from '@/lib/server/participants/anonymise';
import { listEventDays } from '@/lib/server/participants/event-day';
import { toAudienceCategory, toRegistrationStatus } from '@/lib/server/participants/facts';
import type { Prisma } from '@/prisma/generated/client';

export type ParticipantRow = {
  id: string;
  name: string;
  /** `null` for a walk-in without an address or an anonymised person. */
  email: string | null;
  organisation: string | null;
  categoryLabel: string;
  statusLabel: string;
  rank: number | null;
  isSpeaker: boolean;
  isWalkIn: boolean;
  anonymised: boolean;
  source: string;
  /** Marked present on a day of the event and not anonymised: an attestation de présence is ready. */
  hasAttestation: boolean;
  status: 'CONFIRMED' | 'WAITING' | 'CANCELLED';
  /** « Tous les jours », the person's days, or `null` for a one-day event. */
  daysLabel: string | null;
  /** The sessions they hold or wait for, in programme order. */
  sessions: Array<{ title: string; waiting: boolean }>;
  /** What they told the organisers (accessibility, diet…); the list is for organisers only. */
  needs: string | null;
  /** A real address: a confirmation can be sent again. */
  canResend: boolean;
};

export type ParticipantList = { total: number; page: number; pageCount: number; rows: ParticipantRow[] };

function searchWhere(eventId: string, q: string): Prisma.RegistrationWhereInput {
  if (q === '') return { eventId };
  const contains = { contains: q, mode: 'insensitive' as const };
  return { eventId, OR: [{ name: contains }, { email: contains }, { organisation: contains }] };
}

/** One page of the event's registrations, waiting list by rank after the confirmed ones. */
export async function listParticipants(eventId: string, { q, page }: { q: string; page: number }): Promise<ParticipantList> {
  await requireEventPermission(eventId, 'event.read');
  const where = searchWhere(eventId, q);
  const total = await db().registration.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PARTICIPANTS_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const eventDays = await listEventDays(db(), eventId);
  const rows = await db().registration.findMany({
    where,
    orderBy: [{ status: 'asc' }, { rank: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * PARTICIPANTS_PAGE_SIZE,
    take: PARTICIPANTS_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      organisation: true,
      category: true,
      status: true,
      rank: true,
      isSpeaker: true,
      isWalkIn: true,
      anonymisedAt: true,
      source: true,
      days: true,
      accessibilityNeeds: true,
      attendances: { where: { status: 'PRESENT' }, select: { date: true } },
      sessions: {
        where: { status: { not: 'CANCELLED' } },
        select: { status: true, session: { select: { title: true } } },
        orderBy: { session: { startsAt: 'asc' } },
      },
    },
  });
  return {
    total,
    page: current,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: isPlaceholderEmail(row.email) ? null : row.email,
      organisation: row.organisation,
      categoryLabel: AUDIENCE_CATEGORY_LABELS[toAudienceCategory(row.category)],
      statusLabel: REGISTRATION_STATUS_LABELS[toRegistrationStatus(row.status)],
      rank: row.rank,
      isSpeaker: row.isSpeaker,
      isWalkIn: row.isWalkIn,
      anonymised: row.anonymisedAt !== null,
      source: row.source,
      hasAttestation: row.anonymisedAt === null && row.attendances.some((a) => eventDays.includes(a.date)),
      status: row.status,
      daysLabel: attendanceDaysLabel(row.days, eventDays),
      sessions: row.sessions.map((entry) => ({ title: entry.session.title, waiting: entry.status === 'WAITING' })),
      needs: row.accessibilityNeeds?.trim() || null,
      canResend: row.anonymisedAt === null && !isPlaceholderEmail(row.email),
    })),
  };
}

export type ParticipantsSummary = {
  confirmed: number;
  waiting: number;
  cancelled: number;
  anonymised: number;
  retentionMonths: number;
  retention: RetentionState;
  /** The event is still to come: registration e-mails may go (lib/domain/events/past.ts). */
  mayEmail: boolean;
};

export async function getParticipantsSummary(eventId: string, now = new Date()): Promise<ParticipantsSummary> {
  await requireEventPermission(eventId, 'event.read');
  const [event, byStatus, anonymised] = await Promise.all([
    db().event.findUniqueOrThrow({
      where: { id: eventId },
      select: { startsAt: true, endsAt: true, retentionMonths: true, days: { select: { date: true } } },
    }),
    db().registration.groupBy({ by: ['status'], where: { eventId }, _count: { _all: true } }),
    db().registration.count({ where: { eventId, anonymisedAt: { not: null } } }),
  ]);
  const count = (status: 'CONFIRMED' | 'WAITING' | 'CANCELLED') => byStatus.find((group) => group.status === status)?._count._all ?? 0;
  return {
    confirmed: count('CONFIRMED'),
    waiting: count('WAITING'),
    cancelled: count('CANCELLED'),
    anonymised,
    retentionMonths: event.retentionMonths,
    retention: retentionState({ ...event, dayDates: event.days.map((day) => day.date) }, now),
    mayEmail: mayEmailRegistrants(event, now),
  };
}
