import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { addCalendarDays, calendarParts, type CalendarDate } from './calendar';

/*
 * L'heure de Paris. La base stocke des instants UTC ; ce que l'on saisit et lit est l'horloge
 * de Paris (Europe/Paris, base tz d'Intl, par @date-fns/tz).
 *
 * Changements d'heure, une seule règle (celle de Temporal en mode « compatible ») :
 * - au printemps, une heure qui n'existe pas (02:30 le dernier dimanche de mars) est avancée
 *   d'une heure : 03:30 d'été ;
 * - à l'automne, une heure vue deux fois (02:30 le dernier dimanche d'octobre) est la première
 *   des deux : 02:30 d'été, 00:30 UTC.
 */
export const PARIS = 'Europe/Paris';

const HOUR_MS = 3_600_000;
const CLOCK_TIME_PATTERN = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?$/;

/** What a Paris clock shows at an instant. */
export type ParisParts = {
  readonly date: CalendarDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
};

function clockParts(time: string) {
  const match = CLOCK_TIME_PATTERN.exec(time);
  const [hour, minute, second, millisecond] = [1, 2, 3, 4].map((i) => Number(match?.[i] ?? 0)) as [number, number, number, number];
  if (!match || hour > 23 || minute > 59 || second > 59) throw new RangeError(`Heure invalide : « ${time} » (attendu HH:mm).`);
  return { hour, minute, second, millisecond };
}

/** Paris wall clock of an instant: `utcToParisParts(2027-02-10T23:30Z)` is 11 février, 00:30. */
export function utcToParisParts(instant: Date): ParisParts {
  const paris = new TZDate(instant.getTime(), PARIS);
  return {
    date: format(paris, 'yyyy-MM-dd'),
    hour: paris.getHours(),
    minute: paris.getMinutes(),
    second: paris.getSeconds(),
    millisecond: paris.getMilliseconds(),
  };
}

/** The Paris calendar day of an instant: 23:30 UTC on 10 February is already the 11th in Paris. */
export function parisDay(instant: Date): CalendarDate {
  return utcToParisParts(instant).date;
}

/**
 * The instant a Paris clock shows `time` ('HH:mm', 'HH:mm:ss' or 'HH:mm:ss.SSS') on `date`.
 * Spring gap: shifted forward; autumn overlap: the earlier instant (see the rule above).
 */
export function parisWallClockToUtc(date: CalendarDate, time = '00:00'): Date {
  const { year, month, day } = calendarParts(date);
  const { hour, minute, second, millisecond } = clockParts(time);
  // TZDate shifts a missing time forward, and reads a doubled one as the later (winter) instant.
  const later = new TZDate(year, month - 1, day, hour, minute, second, millisecond, PARIS).getTime();
  const earlier = utcToParisParts(new Date(later - HOUR_MS));
  const doubled =
    earlier.date === date && earlier.hour === hour && earlier.minute === minute && earlier.second === second;
  return new Date(doubled ? later - HOUR_MS : later);
}

/** The same Paris clock time `days` calendar days later (or earlier), across DST changes. */
export function shiftParisDays(instant: Date, days: number): Date {
  const { date, hour, minute, second, millisecond } = utcToParisParts(instant);
  return parisWallClockToUtc(addCalendarDays(date, days), clockTime(hour, minute, second, millisecond));
}

/** 'HH:mm' (with seconds and milliseconds when they are not zero), the form `parisWallClockToUtc` reads. */
export function clockTime(hour: number, minute = 0, second = 0, millisecond = 0): string {
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  const base = `${pad(hour)}:${pad(minute)}`;
  if (millisecond) return `${base}:${pad(second)}.${pad(millisecond, 3)}`;
  return second ? `${base}:${pad(second)}` : base;
}

/**
 * ISO 8601 in Paris wall-clock time with its offset: « 2027-02-11T09:30:00+01:00 » in winter,
 * « +02:00 » in summer. schema.org and calendar readers then show the organiser's local time.
 */
export function toParisIso(instant: Date): string {
  return format(new TZDate(instant.getTime(), PARIS), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** The instant seen on a Paris clock, as a Date whose local getters read Paris time (for ical-generator). */
export function inParis(instant: Date): TZDate {
  return new TZDate(instant.getTime(), PARIS);
}
