import { formatDate, formatDateRange, formatTimeRange as formatInstants } from '@/lib/domain/dates';

// Dates of a snapshot: days are Paris calendar dates (formatCalendarDate), instants ISO strings.

export function formatInstantRange(startsAt: string, endsAt: string): string {
  return formatDateRange(new Date(startsAt), new Date(endsAt));
}

export function formatTimeRange(startsAt: string, endsAt: string): string {
  return formatInstants({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) });
}

/** "2027-03" → « mars 2027 ». */
export function formatMonth(month: string | null): string {
  if (!month || !/^\d{4}-\d{2}$/.test(month)) return '—';
  return formatDate(new Date(`${month}-15T12:00:00Z`)).replace(/^\d+\s/, '');
}
