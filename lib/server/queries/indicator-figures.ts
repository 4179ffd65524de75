import 'server-only';
import { countReRegistrations, type IndicatorId } from '@/lib/domain/community';
import type { EventDays } from '@/lib/domain/community/due-dates';
import {
  attendanceByDay,
  presentParticipants,
  registrationsOverTime,
  type AttendanceStatus,
  type RegistrationStatus,
} from '@/lib/domain/registrations';
import type { Tx } from '@/lib/server/db';
import { type CalendarDate, eachCalendarDay, formatDay } from '@/lib/domain/dates';
import { formatPercent, plural } from '@/lib/domain/format/french';

const INSCRIPTIONS = { one: 'inscription', other: 'inscriptions' };

/** A figure Trame computes from its own data, ready to show, with how it stands against the threshold. */
export type ComputedIndicator = { lines: string[]; status: 'met' | 'not-met' | 'pending' | null };


/*
 * Registrations, no-show and re-registrations come from the registration tables (issue 5);
 * the satisfaction questionnaire does not exist yet, so its response rate is never computed here.
 * An indicator is absent from the result while Trame has no data for it.
 */
export async function computeIndicators(
  client: Tx,
  eventId: string,
  event: EventDays,
  today: CalendarDate,
): Promise<Partial<Record<IndicatorId, ComputedIndicator>>> {
  const registrations = await client.registration.findMany({
    where: { eventId },
    select: { id: true, email: true, status: true, isSpeaker: true, isWalkIn: true, registeredAt: true, days: true },
  });
  if (registrations.length === 0) return {};
  const facts = registrations.map((r) => ({ ...r, status: r.status.toLowerCase() as RegistrationStatus, days: r.days.length > 0 ? r.days : null }));
  const result: Partial<Record<IndicatorId, ComputedIndicator>> = {};

  const curve = registrationsOverTime(facts, { firstDay: event.firstDay, today });
  const deadline = formatDay(curve.deadline.date);
  if (curve.total > 0) {
    const { status, sharePercent, countByDeadline } = curve.deadline;
    result['registrations-curve'] =
      status === 'too-early'
        ? { lines: [`${plural(curve.total, INSCRIPTIONS)} à ce jour ; la règle se lit après le ${deadline}.`], status: 'pending' }
        : {
            lines: [`${formatPercent(sharePercent ?? 0)} des ${plural(curve.total, INSCRIPTIONS)} reçues au ${deadline} (${countByDeadline}).`],
            status: status === 'met' ? 'met' : 'not-met',
          };
  }

  const attendance = await client.attendance.findMany({
    where: { registration: { eventId } },
    select: { registrationId: true, date: true, status: true },
  });
  if (attendance.length === 0) return result;
  const marks = attendance.map((a) => ({ registrationId: a.registrationId, day: a.date, status: a.status.toLowerCase() as AttendanceStatus }));
  const byDay = attendanceByDay(eachCalendarDay(event.firstDay, event.lastDay), facts, marks).filter((day) => day.expected > 0);
  if (byDay.length > 0) {
    result['no-show'] = {
      lines: byDay.map((day) => `${formatDay(day.day)} : ${formatPercent(day.noShowPercent ?? 0)} (${day.noShow} sur ${day.expected})`),
      status: byDay.some((day) => day.noShowStatus === 'over') ? 'not-met' : 'met',
    };
  }

  const present = presentParticipants(facts, marks).map((r) => r.email);
  const later = await laterRegistrationEmails(client, eventId);
  result['re-registrations'] = { lines: [`${countReRegistrations(present, later)} participant·es`], status: null };
  return result;
}

/** E-mails registered to events of the same organiser that start after this one ends. */
async function laterRegistrationEmails(client: Tx, eventId: string): Promise<string[]> {
  const event = await client.event.findUniqueOrThrow({ where: { id: eventId }, select: { ownerOrganisationId: true, endsAt: true } });
  const rows = await client.registration.findMany({
    where: {
      status: { not: 'CANCELLED' },
      event: { ownerOrganisationId: event.ownerOrganisationId, startsAt: { gt: event.endsAt } },
    },
    select: { email: true },
  });
  return rows.map((row) => row.email);
}
