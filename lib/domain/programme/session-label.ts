import { formatDayMonth, formatTimeRange, parisDay } from '@/lib/domain/dates';

type Labelled = { readonly title: string; readonly startsAt: Date; readonly endsAt: Date };

/** « « Atelier inclusion » (12 février, 10:00–11:00) » : assez précis pour un programme sur plusieurs jours. */
export function describeSession(session: Labelled): string {
  return `« ${session.title} » (${formatDayMonth(parisDay(session.startsAt))}, ${formatTimeRange(session)})`;
}
