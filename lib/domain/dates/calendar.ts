/*
 * Jours du calendrier, sous la forme 'YYYY-MM-DD' (ce que prend `<input type="date">`).
 * Un jour calendaire n'a ni heure ni fuseau : on calcule dessus en UTC, où il n'y a pas de
 * changement d'heure. Le passage d'un instant à un jour de Paris est dans ./paris.
 */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): value is CalendarDate {
  const match = CALENDAR_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Year, month (1 to 12) and day of a calendar date; a RangeError for anything else. */
export function calendarParts(date: CalendarDate): { year: number; month: number; day: number } {
  if (!isCalendarDate(date)) throw new RangeError(`Date calendaire invalide : « ${date} » (attendu AAAA-MM-JJ).`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function toUtcMs(date: CalendarDate): number {
  const { year, month, day } = calendarParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** The same day `months` later, clamped to the end of a shorter month (31 janv. + 1 → 28 févr.). */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = calendarParts(date);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtcMs(target.getTime());
}

/** Nombre de jours de `from` à `to` : positif quand `to` est après `from`. */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Les jours de `first` à `last` inclus ; vide si `last` précède `first`. */
export function eachCalendarDay(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const count = calendarDaysBetween(first, last) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addCalendarDays(first, index));
}

/** Mois (1 à 12) d'une date calendaire. */
export function monthOf(date: CalendarDate): number {
  return calendarParts(date).month;
}

/** Jour de la semaine ISO : 1 = lundi … 7 = dimanche. */
export function isoWeekday(date: CalendarDate): number {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function startOfIsoWeek(date: CalendarDate): CalendarDate {
  return addCalendarDays(date, 1 - isoWeekday(date));
}

export type IsoWeek = { readonly year: number; readonly week: number };

/**
 * Semaine ISO 8601 : elle commence le lundi et appartient à l'année de son jeudi.
 * Le 1er janvier 2027 (vendredi) est donc dans la semaine 53 de 2026.
 */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const thursday = addCalendarDays(startOfIsoWeek(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(calendarDaysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}
