import { PARIS } from '../dates/format';
import { formatParisTime, parisInstant, parisWallClock, type CalendarDate } from './paris-time';

const dayMonthFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, day: 'numeric', month: 'long' });
// Un programme compte quelques journées : leur libellé est calculé une fois par date.
const dayMonthByDate = new Map<CalendarDate, string>();

type Labelled = { readonly title: string; readonly startsAt: Date; readonly endsAt: Date };

/** « 10:00–11:00 », heure de Paris. */
export function timeRange(item: Pick<Labelled, 'startsAt' | 'endsAt'>): string {
  return `${formatParisTime(item.startsAt)}–${formatParisTime(item.endsAt)}`;
}

/** « 12 février », jour de Paris. */
export function dayMonth(instant: Date): string {
  const { date } = parisWallClock(instant);
  let label = dayMonthByDate.get(date);
  if (label === undefined) {
    if (dayMonthByDate.size >= 1_000) dayMonthByDate.clear();
    label = dayMonthFormat.format(parisInstant(date, 12));
    dayMonthByDate.set(date, label);
  }
  return label;
}

/** « « Atelier inclusion » (12 février, 10:00–11:00) » : assez précis pour un programme sur plusieurs jours. */
export function describeSession(session: Labelled): string {
  return `« ${session.title} » (${dayMonth(session.startsAt)}, ${timeRange(session)})`;
}
