import { z } from 'zod';
import { DATE_OUT_OF_BOUNDS, isWithinDateBounds } from '@/lib/domain/dates/date-bounds';

/*
 * Jours du calendrier parisien, sous la forme 'YYYY-MM-DD'.
 * Un jour calendaire n'a ni heure ni fuseau : on calcule dessus en UTC (pas de changement
 * d'heure à gérer) et on ne passe par Europe/Paris qu'une fois, pour convertir un instant
 * en jour (`toParisDate`). Ce module a vocation à rejoindre lib/domain/dates.
 */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// en-CA écrit les dates en AAAA-MM-JJ : exactement le format voulu.
const parisDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Le jour (calendrier de Paris) où tombe un instant : 23 h 30 UTC en hiver, c'est déjà le lendemain. */
export function toParisDate(instant: Date): CalendarDate {
  return parisDayFormat.format(instant);
}

export function isCalendarDate(value: string): value is CalendarDate {
  const match = CALENDAR_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const calendarDateSchema = z
  .string({ error: 'Indiquez une date.' })
  .refine(isCalendarDate, { error: 'Indiquez une date valide (AAAA-MM-JJ).', abort: true })
  .refine(isWithinDateBounds, { error: DATE_OUT_OF_BOUNDS });

function toUtcMs(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`Date calendaire invalide : « ${date} »`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Nombre de jours de `from` à `to` : positif quand `to` est après `from`. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Jour de la semaine ISO : 1 = lundi … 7 = dimanche. */
export function isoWeekday(date: CalendarDate): number {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function startOfIsoWeek(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekday(date));
}

export type IsoWeek = { readonly year: number; readonly week: number };

/**
 * Semaine ISO 8601 : elle commence le lundi et appartient à l'année de son jeudi.
 * Le 1er janvier 2027 (vendredi) est donc dans la semaine 53 de 2026.
 */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const thursday = addDays(startOfIsoWeek(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** Les jours de `first` à `last` inclus ; vide si `last` précède `first`. */
export function eachDay(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const count = daysBetween(first, last) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(first, index));
}
