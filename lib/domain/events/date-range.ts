import { parisDay, type CalendarDate } from '@/lib/domain/dates';

export type DatedRange = { readonly startsAt: Date; readonly endsAt: Date };

/**
 * Premier et dernier jour (calendrier de Paris) d'un événement. La fin est exclue, comme pour
 * tout intervalle : un événement qui finit à minuit pile ne déborde pas sur le lendemain.
 */
export function parisDateRange(range: DatedRange): { readonly first: CalendarDate; readonly last: CalendarDate } {
  const lastInstant = new Date(Math.max(range.startsAt.getTime(), range.endsAt.getTime() - 1));
  return { first: parisDay(range.startsAt), last: parisDay(lastInstant) };
}
