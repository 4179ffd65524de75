import { eachDay, toParisDate, type CalendarDate } from './calendar';

/**
 * Les jours d'un événement : ceux du programme quand il en a, sinon chaque jour de Paris entre
 * son début et sa fin. Toujours triés et sans doublon.
 */
export function eventCalendarDays(input: { dayDates: readonly CalendarDate[]; startsAt: Date; endsAt: Date }): CalendarDate[] {
  if (input.dayDates.length > 0) return [...new Set(input.dayDates)].sort();
  return eachDay(toParisDate(input.startsAt), toParisDate(input.endsAt));
}

/** Le jour de pointage proposé : aujourd'hui pendant l'événement, sinon le premier jour. */
export function defaultCheckInDay(days: readonly CalendarDate[], now: Date): CalendarDate | null {
  const today = toParisDate(now);
  return days.includes(today) ? today : (days[0] ?? null);
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const weekdayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });

/** Le premier du mois s'écrit « 1er » ; Intl écrit « 1 ». */
const firstOfMonth = (text: string) => text.replace(/(^|\s)1(?=\s)/, '$11er');

/** « 12 février 2028 » : un jour calendaire n'a pas de fuseau, on le formate tel quel. */
export function formatCalendarDay(date: CalendarDate): string {
  return firstOfMonth(dayFormat.format(new Date(`${date}T12:00:00Z`)));
}

/** « jeudi 11 février » : le libellé court d'un jour de pointage. */
export function formatWeekday(date: CalendarDate): string {
  return firstOfMonth(weekdayFormat.format(new Date(`${date}T12:00:00Z`)));
}
