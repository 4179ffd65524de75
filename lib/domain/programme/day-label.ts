import { PARIS } from '../dates/format';
import { parisInstant, type CalendarDate } from './paris-time';

const weekdayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** « Jeudi 11 février 2027 » : le titre d'une journée de programme. */
export function dayLabel(date: CalendarDate): string {
  const label = weekdayFormat.format(parisInstant(date, 12));
  return label.charAt(0).toUpperCase() + label.slice(1);
}
