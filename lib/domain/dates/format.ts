import type { CalendarDate } from './calendar';
import { PARIS, parisWallClockToUtc, utcToParisParts } from './paris';

/*
 * Dates and times as people read them: Paris time, in French. Instants (`Date`) are shown on a
 * Paris clock; calendar days ('YYYY-MM-DD') are read at Paris noon, far from any DST change.
 */

const parisFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, ...options });
const dateFormat = parisFormat({ day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = parisFormat({ day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const shortDateFormat = parisFormat({ day: '2-digit', month: '2-digit', year: 'numeric' });
const weekdayDateFormat = parisFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const weekdayDayMonthFormat = parisFormat({ weekday: 'long', day: 'numeric', month: 'long' });
const dayMonthFormat = parisFormat({ day: 'numeric', month: 'long' });

const pad = (value: number) => String(value).padStart(2, '0');
const noon = (date: CalendarDate) => parisWallClockToUtc(date, '12:00');
/** The first of the month is written « 1er » in French; Intl writes « 1 ». */
const firstOfMonth = (text: string) => text.replace(/(^|\s)1(?=[\s–])/g, '$11er');

/** « 11 février 2027 », « 1er mars 2027 ». */
export function formatDate(date: Date): string {
  return firstOfMonth(dateFormat.format(date));
}

/** « 11 février 2027 à 09:30 ». */
export function formatDateTime(date: Date): string {
  return firstOfMonth(dateTimeFormat.format(date));
}

/** "11/02/2027": for chart axes and tight tables. */
export function formatShortDate(date: Date): string {
  return shortDateFormat.format(date);
}

/** « 09:30 », Paris time (the app's one way to write a time of day, as on a programme). */
export function formatTime(date: Date): string {
  const { hour, minute } = utcToParisParts(date);
  return `${pad(hour)}:${pad(minute)}`;
}

/** « 9 h 30 », « 14 h » : a time of day in running French text. */
export function formatHour(date: Date): string {
  const { hour, minute } = utcToParisParts(date);
  return minute === 0 ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${pad(minute)}`;
}

/** « 9 h 30 – 12 h », Paris time: opening hours and sessions in running French text. */
export function formatHourRange(range: { readonly startsAt: Date; readonly endsAt: Date }): string {
  return `${formatHour(range.startsAt)} – ${formatHour(range.endsAt)}`;
}

/** « 10:00–11:00 », Paris time (grids, tables and time inputs). */
export function formatTimeRange(range: { readonly startsAt: Date; readonly endsAt: Date }): string {
  return `${formatTime(range.startsAt)}–${formatTime(range.endsAt)}`;
}

/** "11 février 2027", or "11–12 février 2027" for an event spanning days (Intl shares the common parts). */
export function formatDateRange(start: Date, end: Date): string {
  // Intl puts thin spaces around the dash: plain ones read the same and survive PDF fonts and search.
  return firstOfMonth(dateFormat.formatRange(start, end).replace(/[\u2009\u202f]/g, ' '));
}

/** « jeudi 14 octobre 2027 », « lundi 1er février 2027 ». */
export function formatDay(date: CalendarDate): string {
  return firstOfMonth(weekdayDateFormat.format(noon(date)));
}

/** « jeudi 14 octobre » : a day of the current event, where the year goes without saying. */
export function formatWeekday(date: CalendarDate): string {
  return firstOfMonth(weekdayDayMonthFormat.format(noon(date)));
}

/** « Jeudi 14 octobre 2027 » : the title of a programme day. */
export function formatDayTitle(date: CalendarDate): string {
  const label = formatDay(date);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

// A programme has a few days: each label is computed once per date.
const dayMonthByDate = new Map<CalendarDate, string>();

/** « 14 octobre », « 1er mars ». */
export function formatDayMonth(date: CalendarDate): string {
  let label = dayMonthByDate.get(date);
  if (label === undefined) {
    if (dayMonthByDate.size >= 1_000) dayMonthByDate.clear();
    label = firstOfMonth(dayMonthFormat.format(noon(date)));
    dayMonthByDate.set(date, label);
  }
  return label;
}

/** « 12 février 2028 », « 1er mars 2028 » for a calendar day. */
export function formatCalendarDate(date: CalendarDate): string {
  return firstOfMonth(dateFormat.format(noon(date)));
}
