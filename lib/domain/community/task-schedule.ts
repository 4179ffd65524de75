import { type CalendarDate, calendarDaysBetween, parisDay } from '@/lib/domain/dates';

import { dueDate, formatOffset, resolveDueDate, type DueDateOptions, type EventDays } from './due-dates';

/*
 * Où tombe une tâche (ou une action de communication) dans le temps de l'événement.
 * Règle de Trame : une échéance relative (J±x) suit l'événement quand ses dates changent ;
 * une date fixée à la main ne bouge jamais. En base, `offsetDays` nul veut dire « date fixée
 * à la main » et `dueDate` est alors cette date ; sinon `dueDate` n'est qu'une copie recalculée
 * à chaque enregistrement, et l'affichage la recalcule depuis les dates actuelles de l'événement.
 */

/** Premier et dernier jour : les jours du programme s'il y en a, sinon les dates de début et de fin (à Paris). */
export function eventDaysOf(event: {
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly days: readonly { readonly date: CalendarDate }[];
}): EventDays {
  if (event.days.length > 0) {
    const dates = event.days.map((day) => day.date).sort();
    return { firstDay: dates[0]!, lastDay: dates[dates.length - 1]! };
  }
  const firstDay = parisDay(event.startsAt);
  const lastDay = parisDay(event.endsAt);
  return { firstDay, lastDay: lastDay < firstDay ? firstDay : lastDay };
}

export type StoredSchedule = { readonly offsetDays: number | null; readonly dueDate: CalendarDate };

/**
 * L'échéance à afficher aujourd'hui, avec les dates actuelles de l'événement. Si le calcul sort du
 * calendrier (un jour enregistré avant que les dates soient bornées, le 31/12/9999 par exemple),
 * on garde la date enregistrée plutôt que de faire échouer la page.
 */
export function currentDueDate(task: StoredSchedule, event: EventDays, options?: DueDateOptions): CalendarDate {
  const manualDueDate = task.offsetDays === null ? task.dueDate : null;
  try {
    return resolveDueDate({ offsetDays: task.offsetDays, manualDueDate }, event, options) ?? task.dueDate;
  } catch (error) {
    if (error instanceof RangeError) return task.dueDate;
    throw error;
  }
}

/** Ce qu'on enregistre : un décalage (et sa date calculée) ou une date fixe. */
export function scheduleToStore(
  input: { readonly offsetDays: number | null; readonly dueDate: CalendarDate | null },
  event: EventDays,
  options?: DueDateOptions,
): StoredSchedule {
  if (input.offsetDays !== null) {
    return { offsetDays: input.offsetDays, dueDate: dueDate(input.offsetDays, event.firstDay, event.lastDay, options) };
  }
  if (input.dueDate === null) throw new RangeError('Une échéance demande un décalage ou une date.');
  return { offsetDays: null, dueDate: input.dueDate };
}

/**
 * Le « J±x » d'une date : avant le premier jour, on compte depuis le premier jour ; après le
 * dernier, depuis le dernier ; pendant l'événement, c'est « J ».
 */
export function offsetOfDate(date: CalendarDate, event: EventDays): number {
  if (date < event.firstDay) return calendarDaysBetween(event.firstDay, date);
  if (date > event.lastDay) return calendarDaysBetween(event.lastDay, date);
  return 0;
}

/** L'étiquette affichée : le décalage choisi, ou celui qu'implique une date fixée à la main. */
export function offsetLabel(task: StoredSchedule, event: EventDays): string {
  return formatOffset(task.offsetDays ?? offsetOfDate(task.dueDate, event));
}

const OFFSET_INPUT = /^J?\s*(?:([+\-−])\s*(\d{1,3}))?$/i;

/** Lit « J-30 », « -30 », « J+10 », « 10 », « J » ; `null` si ce n'est pas un décalage. */
export function parseOffsetInput(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^\d{1,3}$/.test(trimmed)) return Number(trimmed);
  const match = OFFSET_INPUT.exec(trimmed);
  if (!match) return null;
  const [, sign, digits] = match;
  if (sign === undefined || digits === undefined) return 0;
  return sign === '+' ? Number(digits) : -Number(digits);
}

