import { eachCalendarDay, formatWeekday, parisDay, type CalendarDate } from '@/lib/domain/dates';

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

/**
 * Les jours d'une personne, pour la liste des participant·es : « Tous les jours » quand elle vient à
 * tout l'événement (un choix vide, ou tous ses jours cochés), sinon ses jours dans l'ordre ;
 * `null` pour un événement d'un jour, où la question ne se pose pas.
 */
export function attendanceDaysLabel(days: readonly CalendarDate[], eventDays: readonly CalendarDate[]): string | null {
  if (eventDays.length < 2) return null;
  const chosen = eventDays.filter((day) => days.includes(day));
  if (days.length === 0 || chosen.length === eventDays.length) return 'Tous les jours';
  if (chosen.length === 0) return 'Aucun jour de l’événement';
  const label = chosen.map(formatWeekday).join(', ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
