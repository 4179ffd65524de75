import 'server-only';
import { fundingMentions, type FundingMentions } from '@/lib/domain/budget/funding-mentions';
import { HALF_DAY_RULE } from '@/lib/domain/bilan/programme-figures';
import { isFunderType } from '@/lib/domain/budget/cerfa';
import { formatDay, formatHour, utcToParisParts } from '@/lib/domain/dates';
import { attendanceSheetRows, HALF_DAY_LABELS, type AttendanceSheetRows, type HalfDay } from '@/lib/domain/registrations/attendance-sheet';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { loadBilanLogos } from '@/lib/server/exports/bilan-download';
import type { BilanLogo } from '@/lib/server/exports/bilan-pdf';
import { toAttendanceStatus, toRegistrationStatus } from '@/lib/server/participants/facts';
import { listEventDays } from '@/lib/server/participants/event-day';

export type AttendanceSheetData = AttendanceSheetRows & {
  title: string;
  /** « jeudi 11 février 2027 — Matin (avant 13 h) » */
  dateLabel: string;
  venue: string | null;
  organisers: string[];
  mentions: FundingMentions;
  logos: BilanLogo[];
};

function halfDayLabel(halfDay: HalfDay | null, hours: { startsAt: Date; endsAt: Date } | null): string | null {
  const boundary = `${HALF_DAY_RULE.boundaryHour} h`;
  if (halfDay === 'matin') return `${HALF_DAY_LABELS.matin} (${hours ? `${formatHour(hours.startsAt)} – ` : 'avant '}${boundary})`;
  if (halfDay === 'apres-midi') return `${HALF_DAY_LABELS['apres-midi']} (${hours ? `${boundary} – ${formatHour(hours.endsAt)}` : `après ${boundary}`})`;
  return hours ? `${formatHour(hours.startsAt)} – ${formatHour(hours.endsAt)}` : null;
}

/** Opening hours of a programme day, when the day is entered and its hours fall on that Paris day. */
function dayHours(day: string, row: { startsAt: Date; endsAt: Date } | undefined) {
  if (!row || utcToParisParts(row.startsAt).date !== day) return null;
  return row;
}

/**
 * What the sheet of `day` (or one of its half-days) prints, for an event whose read the caller was
 * granted (eventRoute). A day outside the event is "not found".
 */
export async function loadAttendanceSheet(eventId: string, day: string, halfDay: HalfDay | null, now = new Date()): Promise<AttendanceSheetData> {
  const days = await listEventDays(db(), eventId);
  if (!days.includes(day)) throw notFound('Cette journée');
  const [event, registrations, attendance, budget, logos] = await Promise.all([
    db().event.findUniqueOrThrow({
      where: { id: eventId },
      select: {
        title: true,
        venueName: true,
        venueAddress: true,
        owner: { select: { name: true } },
        coOrganisers: { where: { status: 'ACCEPTED' }, select: { organisation: { select: { name: true } } }, orderBy: { invitedAt: 'asc' } },
        outsideCoOrganisers: { select: { name: true }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
        days: { where: { date: day }, select: { startsAt: true, endsAt: true } },
      },
    }),
    db().registration.findMany({
      where: { eventId, status: 'CONFIRMED', isSpeaker: false },
      select: { id: true, name: true, organisation: true, status: true, isSpeaker: true, isWalkIn: true, days: true },
    }),
    db().attendance.findMany({ where: { date: day, registration: { eventId } }, select: { registrationId: true, date: true, status: true } }),
    db().budgetLine.findMany({
      where: { eventId, kind: 'PRODUIT' },
      select: { inKind: true, funderName: true, funderType: true, forecastCents: true, actualCents: true },
    }),
    loadBilanLogos(eventId),
  ]);
  const rows = attendanceSheetRows({
    day,
    now,
    registrations: registrations.map((r) => ({ ...r, status: toRegistrationStatus(r.status), days: r.days.length > 0 ? r.days : null })),
    attendance: attendance.map((a) => ({ registrationId: a.registrationId, day: a.date, status: toAttendanceStatus(a.status) })),
  });
  const hours = halfDayLabel(halfDay, dayHours(day, event.days[0]));
  return {
    ...rows,
    title: event.title,
    dateLabel: [formatDay(day), hours].filter(Boolean).join(' — '),
    venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
    organisers: [event.owner.name, ...event.coOrganisers.map((c) => c.organisation.name), ...event.outsideCoOrganisers.map((o) => o.name)],
    mentions: fundingMentions(budget.map((line) => ({ ...line, kind: 'produit' as const, funderType: isFunderType(line.funderType) ? line.funderType : null }))),
    logos,
  };
}
