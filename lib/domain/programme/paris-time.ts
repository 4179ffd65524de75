import { PARIS } from '../dates/format';

/*
 * Heure de Paris sans bibliothèque : les instants sont des `Date` en UTC, les jours et les
 * heures « de l'horloge » se lisent à Paris. Une date calendaire s'écrit `YYYY-MM-DD`.
 */
export type CalendarDate = string;

export type ParisWallClock = {
  readonly date: CalendarDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
};

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// 'en-CA' écrit les dates en YYYY-MM-DD ; h23 évite le « 24:00 » de minuit.
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** L'heure affichée par une horloge parisienne à cet instant. */
export function parisWallClock(instant: Date): ParisWallClock {
  const wall = new Date(instant.getTime() + parisOffsetMs(instant));
  return {
    date: wall.toISOString().slice(0, 10),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
  };
}

/** Date calendaire parisienne d'un instant : 23:30Z le 10 février est déjà le 11 à Paris. */
export function parisDateOf(instant: Date): CalendarDate {
  return parisWallClock(instant).date;
}

/** « 09:00 », heure de Paris. */
export function formatParisTime(instant: Date): string {
  const { hour, minute } = parisWallClock(instant);
  return `${pad(hour)}:${pad(minute)}`;
}

/**
 * Décalage de Paris sur UTC à cet instant, en millisecondes (+1 h l'hiver, +2 h l'été).
 * Intl est lent (des dizaines de microsecondes par appel) : le décalage est mémorisé par heure
 * UTC, car Paris change d'heure à 01:00 UTC pile. Un programme de 60 sessions et ses messages
 * demandent ainsi quelques appels à Intl au lieu de milliers.
 */
export function parisOffsetMs(instant: Date): number {
  const hourStart = Math.floor(instant.getTime() / HOUR_MS) * HOUR_MS;
  const cached = offsetByUtcHour.get(hourStart);
  if (cached !== undefined) return cached;
  if (offsetByUtcHour.size >= OFFSET_CACHE_LIMIT) offsetByUtcHour.clear();
  const offset = offsetFromIntl(hourStart);
  offsetByUtcHour.set(hourStart, offset);
  return offset;
}

const OFFSET_CACHE_LIMIT = 10_000;
const offsetByUtcHour = new Map<number, number>();

function offsetFromIntl(time: number): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of partsFormat.formatToParts(time)) parts[part.type] = part.value;
  const wallAsUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wallAsUtc - time) / MINUTE_MS) * MINUTE_MS;
}

/**
 * L'instant où l'horloge parisienne affiche cette date et cette heure.
 * Aux changements d'heure (comme Temporal en mode « compatible ») : une heure qui n'existe
 * pas (02:30 le dernier dimanche de mars) est avancée d'une heure ; une heure qui existe
 * deux fois (02:30 le dernier dimanche d'octobre) donne la première des deux.
 */
export function parisInstant(date: CalendarDate, hour = 0, minute = 0, second = 0, millisecond = 0): Date {
  const wallAsUtc = utcOf(date, hour, minute, second, millisecond);
  const offsetBefore = parisOffsetMs(new Date(wallAsUtc - DAY_MS / 2));
  const offsetAfter = parisOffsetMs(new Date(wallAsUtc + DAY_MS / 2));
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset)
    .filter((time) => wallAsUtc - parisOffsetMs(new Date(time)) === time);
  const earliest = candidates.length > 0 ? Math.min(...candidates) : wallAsUtc - offsetBefore;
  return new Date(earliest);
}

/** Même heure de Paris, `days` jours calendaires plus tard (ou plus tôt), changements d'heure compris. */
export function shiftParisDays(instant: Date, days: number): Date {
  const wall = parisWallClock(instant);
  return parisInstant(addCalendarDays(wall.date, days), wall.hour, wall.minute, wall.second, wall.millisecond);
}

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const time = Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0);
  return new Date(time).toISOString().slice(0, 10) === value;
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(utcOf(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Nombre de jours calendaires de `from` à `to` (négatif si `to` est avant). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** Mois (1 à 12) d'une date calendaire. */
export function monthOf(date: CalendarDate): number {
  return Number(date.slice(5, 7));
}

function utcOf(date: CalendarDate, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  if (!isCalendarDate(date)) throw new RangeError(`Date calendaire invalide : « ${date} » (attendu YYYY-MM-DD).`);
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second, millisecond);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
