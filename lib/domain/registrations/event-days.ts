import { eachCalendarDay, parisDay, type CalendarDate } from '@/lib/domain/dates';

/**
 * Les jours d'un événement : ceux du programme quand il en a, sinon chaque jour de Paris entre
 * son début et sa fin. Toujours triés et sans doublon.
 */
export function eventCalendarDays(input: { dayDates: readonly CalendarDate[]; startsAt: Date; endsAt: Date }): CalendarDate[] {
  if (input.dayDates.length > 0) return [...new Set(input.dayDates)].sort();
  return eachCalendarDay(parisDay(input.startsAt), parisDay(input.endsAt));
}

/** Le jour de pointage proposé : aujourd'hui pendant l'événement, sinon le premier jour. */
export function defaultCheckInDay(days: readonly CalendarDate[], now: Date): CalendarDate | null {
  const today = parisDay(now);
  return days.includes(today) ? today : (days[0] ?? null);
}
