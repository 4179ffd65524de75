import { formatDate, formatDateRange, formatTime } from '@/lib/domain/dates/format';

/*
 * Dates of a snapshot: days are Paris calendar dates, instants ISO strings. Noon UTC falls on the
 * same Paris date all year, so a calendar day is formatted through the one date module.
 */
export function formatDay(day: string): string {
  return formatDate(new Date(`${day}T12:00:00Z`));
}

export function formatInstantRange(startsAt: string, endsAt: string): string {
  return formatDateRange(new Date(startsAt), new Date(endsAt));
}

export function formatTimeRange(startsAt: string, endsAt: string): string {
  return `${formatTime(new Date(startsAt))}–${formatTime(new Date(endsAt))}`;
}

/** "2027-03" → « mars 2027 ». */
export function formatMonth(month: string | null): string {
  if (!month || !/^\d{4}-\d{2}$/.test(month)) return '—';
  return formatDate(new Date(`${month}-15T12:00:00Z`)).replace(/^\d+\s/, '');
}
