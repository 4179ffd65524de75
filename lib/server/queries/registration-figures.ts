import 'server-only';
import { parisDay } from '@/lib/domain/dates';
import {
  AUDIENCE_CATEGORY_LABELS,
  attendanceByDay,
  presentByAudience,
  presentParticipants,
  registrationsByAudience,
  registrationsOverTime,
  targetCoverage,
  type AudienceBreakdown,
  type DayAttendance,
  type RegistrationsOverTime,
  type TargetCoverage,
} from '@/lib/domain/registrations';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { listEventDays } from '@/lib/server/participants/event-day';
import { toAttendanceStatus, toAudienceCategory, toRegistrationStatus } from '@/lib/server/participants/facts';

export type RegistrationFigures = {
  firstDay: string | null;
  today: string;
  curve: RegistrationsOverTime | null;
  registeredByAudience: AudienceBreakdown;
  presentByAudience: AudienceBreakdown;
  days: DayAttendance[];
  coverage: Array<TargetCoverage & { label: string }>;
  /** Participants present at least one day (speakers excluded, walk-ins included). */
  presentCount: number;
  walkInCount: number;
  speakerCount: number;
};

/**
 * The event's registration figures, all from lib/domain/registrations: participants are
 * counted without speakers; each person is expected on the days they chose (none chosen = every day).
 */
export async function getRegistrationFigures(eventId: string, now = new Date()): Promise<RegistrationFigures> {
  await requireEventPermission(eventId, 'event.read');
  const [days, rows, audiences] = await Promise.all([
    listEventDays(db(), eventId),
    db().registration.findMany({
      where: { eventId },
      select: {
        id: true,
        registeredAt: true,
        category: true,
        status: true,
        isSpeaker: true,
        isWalkIn: true,
        days: true,
        attendances: { select: { date: true, status: true } },
      },
    }),
    db().eventAudience.findMany({ where: { eventId }, select: { category: true, territoryTotal: true } }),
  ]);
  const registrations = rows.map((row) => ({
    id: row.id,
    registeredAt: row.registeredAt,
    audienceCategory: toAudienceCategory(row.category),
    status: toRegistrationStatus(row.status),
    isSpeaker: row.isSpeaker,
    isWalkIn: row.isWalkIn,
    // No day chosen means every day of the event.
    days: row.days.length > 0 ? row.days : null,
  }));
  const attendance = rows.flatMap((row) =>
    row.attendances.map((record) => ({ registrationId: row.id, day: record.date, status: toAttendanceStatus(record.status) })),
  );
  const firstDay = days[0] ?? null;
  const today = parisDay(now);
  return {
    firstDay,
    today,
    curve: firstDay === null ? null : registrationsOverTime(registrations, { firstDay, today }),
    registeredByAudience: registrationsByAudience(registrations),
    presentByAudience: presentByAudience(registrations, attendance),
    days: attendanceByDay(days, registrations, attendance),
    coverage: audiences.map((audience) => {
      const category = toAudienceCategory(audience.category);
      return {
        ...targetCoverage({ category, registrations, attendance, territoryTotal: audience.territoryTotal }),
        label: AUDIENCE_CATEGORY_LABELS[category],
      };
    }),
    presentCount: presentParticipants(registrations, attendance).length,
    walkInCount: registrations.filter((registration) => registration.isWalkIn && !registration.isSpeaker).length,
    speakerCount: registrations.filter((registration) => registration.isSpeaker).length,
  };
}
