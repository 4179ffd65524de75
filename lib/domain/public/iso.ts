import { parisOffsetMs, parisWallClock } from '../programme/paris-time';

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * ISO 8601 in Paris wall-clock time with its offset: « 2027-02-11T09:30:00+01:00 » in winter,
 * « +02:00 » in summer. schema.org and calendar readers then show the organiser's local time.
 */
export function toParisIso(instant: Date): string {
  const { date, hour, minute, second } = parisWallClock(instant);
  const offsetMinutes = Math.round(parisOffsetMs(instant) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
