import {
  addCalendarDays,
  calendarDaysBetween,
  parisDay,
  shiftParisDays,
  type CalendarDate,
} from '@/lib/domain/dates';

/*
 * Dupliquer un événement passé : on choisit le nouveau premier jour, et toutes les dates
 * (journées, sessions, tâches) glissent du même nombre de jours calendaires, à la même heure
 * de Paris — une session de 09:00 en février reste à 09:00 en juillet, même si cela fait
 * 07:00Z au lieu de 08:00Z. Les autres champs sont recopiés tels quels.
 */

export type ShiftableDay = { readonly date: CalendarDate; readonly startsAt: Date; readonly endsAt: Date };
export type ShiftableInterval = { readonly startsAt: Date; readonly endsAt: Date };
/** Une tâche datée, ou exprimée en J-x par rapport au premier jour (`offsetDays`, négatif avant). */
export type ShiftableTask = { readonly dueAt: Date | null; readonly offsetDays?: number | null };

export type DuplicableEvent<D extends ShiftableDay, S extends ShiftableInterval, T extends ShiftableTask> = {
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly days: readonly D[];
  readonly sessions: readonly S[];
  readonly tasks: readonly T[];
};

export type ShiftedEvent<D, S, T> = {
  /** Nombre de jours calendaires du décalage (négatif vers le passé). */
  readonly dayShift: number;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly days: D[];
  readonly sessions: S[];
  readonly tasks: T[];
};

/** Premier jour d'un événement : sa plus petite journée, ou à défaut le jour de son début (Paris). */
export function firstDayOf(event: { readonly startsAt: Date; readonly days: readonly ShiftableDay[] }): CalendarDate {
  return event.days.reduce((first, day) => (day.date < first ? day.date : first), parisDay(event.startsAt));
}

/**
 * Les tâches en J-x gardent leur décalage : le premier jour et leur échéance glissent
 * ensemble, J-30 reste J-30.
 */
export function shiftEventDates<D extends ShiftableDay, S extends ShiftableInterval, T extends ShiftableTask>(
  event: DuplicableEvent<D, S, T>,
  newFirstDay: CalendarDate,
): ShiftedEvent<D, S, T> {
  const dayShift = calendarDaysBetween(firstDayOf(event), newFirstDay);
  const shift = (instant: Date) => shiftParisDays(instant, dayShift);
  return {
    dayShift,
    startsAt: shift(event.startsAt),
    endsAt: shift(event.endsAt),
    days: event.days.map((day) => ({
      ...day,
      date: addCalendarDays(day.date, dayShift),
      startsAt: shift(day.startsAt),
      endsAt: shift(day.endsAt),
    })),
    sessions: event.sessions.map((session) => ({ ...session, startsAt: shift(session.startsAt), endsAt: shift(session.endsAt) })),
    tasks: event.tasks.map((task) => ({ ...task, dueAt: task.dueAt ? shift(task.dueAt) : null })),
  };
}
