import { parisWallClockToUtc, utcToParisParts, type CalendarDate } from '@/lib/domain/dates';
import { HALF_DAY_RULE, minutesWithin, parisMinutes } from '@/lib/domain/bilan/programme-figures';
import { countsAsContent } from '@/lib/domain/programme/content-flag';
import { DEFAULT_OPENING_HOURS } from '@/lib/domain/events/event-days';
import { formatDuration, formatNumber, plural } from '@/lib/domain/format/french';
import type { AttendanceStatus } from '@/lib/domain/registrations/statuses';

/*
 * Attestation de présence : les jours et les heures d'une personne présente.
 *
 * Règle (la même que celle des demi-journées du bilan, lib/domain/bilan/programme-figures.ts) :
 * - un jour compte seulement si la personne y est pointée « présente » ; excusée, absente ou non
 *   pointée, ce jour ne donne ni heure ni demi-journée ;
 * - les heures d'un jour sont celles du contenu tenu ce jour-là (séances non annulées qui comptent
 *   comme contenu, chevauchements fusionnés : deux ateliers en parallèle ne comptent qu'une fois) ;
 *   accueil, plénière d'ouverture, pauses, déjeuner et clôture n'en font pas partie ;
 * - un jour sans programme saisi compte ses horaires d'ouverture (9 h – 17 h 30 par défaut), moins
 *   une heure de déjeuner quand la journée couvre tout le créneau 12 h – 14 h (LUNCH_BREAK) ;
 * - un jour vaut une journée quand le matin (avant 13 h) et l'après-midi ont chacun au moins
 *   30 minutes de contenu, une demi-journée quand un seul des deux les a.
 */

export const LUNCH_BREAK = { from: '12:00', to: '14:00', minutes: 60 } as const;

export type Span = { readonly startsAt: Date; readonly endsAt: Date };

/** A session of the programme, as the rule reads it. */
export type CertificateSession = Span & {
  /** Its programme day; null → the Paris date of its start. */
  readonly dayDate: CalendarDate | null;
  readonly cancelled: boolean;
  readonly formatId: string | null;
  readonly countsAsContent: boolean | null;
};

/** An event day's opening hours (EventDay). */
export type CertificateOpening = Span & { readonly date: CalendarDate };

export type CertificateEvent = {
  /** The event's days (eventCalendarDays). */
  readonly days: readonly CalendarDate[];
  readonly openings: readonly CertificateOpening[];
  readonly sessions: readonly CertificateSession[];
};

export type DayPortion = 'journee' | 'matin' | 'apres-midi';

export const DAY_PORTION_LABELS: Record<DayPortion, string> = {
  journee: 'journée',
  matin: 'demi-journée (matin)',
  'apres-midi': 'demi-journée (après-midi)',
};

export type CertificateDay = {
  readonly date: CalendarDate;
  readonly minutes: number;
  /** null: present, but less than 30 minutes of content in either half of the day. */
  readonly portion: DayPortion | null;
};

export type Certificate = {
  readonly days: readonly CertificateDay[];
  readonly minutes: number;
  /** 2 per full day, 1 per half-day. */
  readonly halfDays: number;
};

/** The bilan's own rule: Paris minutes of the spans inside [from, to), overlaps merged. */
export const mergedMinutes = minutesWithin;

const clock = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The opening hours of a day with no programme: its EventDay, else the default hours. */
function openingSpan(event: CertificateEvent, day: CalendarDate): Span {
  const opening = event.openings.find((candidate) => candidate.date === day);
  if (opening) return opening;
  return { startsAt: parisWallClockToUtc(day, DEFAULT_OPENING_HOURS.opensAt), endsAt: parisWallClockToUtc(day, DEFAULT_OPENING_HOURS.closesAt) };
}

function sessionDay(session: CertificateSession): CalendarDate {
  return session.dayDate ?? utcToParisParts(session.startsAt).date;
}

/** The time that counts on one day of the event, and its portion (full day or which half). */
export function dayOfEvent(event: CertificateEvent, day: CalendarDate): CertificateDay {
  const programmed = event.sessions.filter((session) => sessionDay(session) === day);
  const boundary = HALF_DAY_RULE.boundaryHour * 60;
  let spans: readonly Span[];
  let lunch = 0;
  if (programmed.length > 0) {
    spans = programmed.filter((session) => !session.cancelled && countsAsContent(session));
  } else {
    const opening = openingSpan(event, day);
    spans = [opening];
    const coversLunch = parisMinutes(opening.startsAt, day) <= clock(LUNCH_BREAK.from) && parisMinutes(opening.endsAt, day) >= clock(LUNCH_BREAK.to);
    lunch = coversLunch ? LUNCH_BREAK.minutes : 0;
  }
  const enough = (minutes: number) => minutes >= HALF_DAY_RULE.minimumContentMinutes;
  const morning = enough(mergedMinutes(spans, day, -24 * 60, boundary));
  const afternoon = enough(mergedMinutes(spans, day, boundary, 48 * 60));
  const portion: DayPortion | null = morning && afternoon ? 'journee' : morning ? 'matin' : afternoon ? 'apres-midi' : null;
  return { date: day, minutes: Math.max(0, mergedMinutes(spans, day) - lunch), portion };
}

export type PersonAttendance = { readonly date: CalendarDate; readonly status: AttendanceStatus };

/** The days (of the event) where the person was marked present, with their time; totals. */
export function certificateFor(event: CertificateEvent, attendance: readonly PersonAttendance[]): Certificate {
  const present = new Set(attendance.filter((record) => record.status === 'present').map((record) => record.date));
  const days = event.days.filter((day) => present.has(day)).map((day) => dayOfEvent(event, day));
  return {
    days,
    minutes: days.reduce((sum, day) => sum + day.minutes, 0),
    halfDays: days.reduce((sum, day) => sum + (day.portion === 'journee' ? 2 : day.portion ? 1 : 0), 0),
  };
}

/** « 7 h 30 », « 45 min » (non-breaking spaces). */
export function formatCertificateHours(minutes: number): string {
  return formatDuration(minutes);
}

/** « une demi-journée », « 1 journée », « 1,5 journée », « 3 journées ». */
export function formatCertificateDays(halfDays: number): string {
  if (halfDays === 1) return 'une demi-journée';
  return plural(halfDays / 2, { one: 'journée', other: 'journées' });
}

/** « 1,5 » for the totals of a table. */
export function formatDaysNumber(halfDays: number): string {
  return formatNumber(halfDays / 2);
}

/** Who gets an attestation: marked present on at least one day of the event, and not anonymised. */
export function isAttestationEligible(person: { readonly anonymised: boolean; readonly attendance: readonly PersonAttendance[] }, eventDays: readonly CalendarDate[]): boolean {
  if (person.anonymised) return false;
  return person.attendance.some((record) => record.status === 'present' && eventDays.includes(record.date));
}
