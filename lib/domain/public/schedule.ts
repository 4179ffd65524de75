import { type CalendarDate, parisDay } from '@/lib/domain/dates';
import type { PublicEvent, PublicSession } from './types';

export type ScheduleDay = {
  readonly date: CalendarDate;
  /** The day's opening hours when the organisers set them. */
  readonly opensAt: Date | null;
  readonly closesAt: Date | null;
  readonly sessions: readonly PublicSession[];
};

/** Sessions by start, then in the rooms' order (common times without a room first), then by title. */
export function sortSessions(sessions: readonly PublicSession[]): PublicSession[] {
  return [...sessions].sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      (a.roomPosition ?? -1) - (b.roomPosition ?? -1) ||
      a.title.localeCompare(b.title, 'fr'),
  );
}

/**
 * Le programme jour par jour : un jour par date de l'événement et par date de session (une session
 * rattachée à aucun jour reste visible), chaque jour rangé par heure puis par salle.
 */
export function groupByDay(event: Pick<PublicEvent, 'days' | 'sessions'>): ScheduleDay[] {
  const byDate = new Map<CalendarDate, PublicSession[]>();
  for (const day of event.days) byDate.set(day.date, []);
  for (const session of event.sessions) {
    const date = parisDay(session.startsAt);
    byDate.set(date, [...(byDate.get(date) ?? []), session]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, sessions]) => {
      const day = event.days.find((d) => d.date === date);
      return { date, opensAt: day?.startsAt ?? null, closesAt: day?.endsAt ?? null, sessions: sortSessions(sessions) };
    });
}

/** Parallel sessions: those starting at the same time, kept together. Input sorted by start. */
export function groupByStart(sessions: readonly PublicSession[]): { startsAt: Date; sessions: PublicSession[] }[] {
  const slots: { startsAt: Date; sessions: PublicSession[] }[] = [];
  for (const session of sessions) {
    const last = slots.at(-1);
    if (last && last.startsAt.getTime() === session.startsAt.getTime()) last.sessions.push(session);
    else slots.push({ startsAt: session.startsAt, sessions: [session] });
  }
  return slots;
}

