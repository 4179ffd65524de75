import { z } from '@/lib/schemas/zod';

import { addCalendarDays, isoWeekday, type CalendarDate } from '@/lib/domain/dates';

/** Bornes du rétroplanning : de J-120 à J+30. */
export const MIN_OFFSET_DAYS = -120;
export const MAX_OFFSET_DAYS = 30;

export const offsetDaysSchema = z
  .number({ error: 'Indiquez un nombre de jours.' })
  .int({ error: 'Indiquez un nombre entier de jours.' })
  .min(MIN_OFFSET_DAYS, { error: `Choisissez une échéance entre J${MIN_OFFSET_DAYS} et J+${MAX_OFFSET_DAYS}.` })
  .max(MAX_OFFSET_DAYS, { error: `Choisissez une échéance entre J${MIN_OFFSET_DAYS} et J+${MAX_OFFSET_DAYS}.` });

/** « J-30 », « J », « J+10 ». */
export function formatOffset(offsetDays: number): string {
  if (offsetDays === 0) return 'J';
  return offsetDays < 0 ? `J${offsetDays}` : `J+${offsetDays}`;
}

export type DueDateOptions = { readonly shiftWeekends?: boolean };

/**
 * Échéance d'une tâche à partir de son décalage en jours.
 * - J-x et J se comptent depuis le PREMIER jour de l'événement ;
 * - J+x se compte depuis le DERNIER jour : « J+10 » veut dire dix jours après la fin,
 *   même pour un événement sur plusieurs jours (les tâches J+x sont celles de l'après).
 * Week-ends (choix de Trame, désactivable) : les équipes préparent en semaine, donc
 * - une échéance d'avant l'événement qui tombe un samedi ou un dimanche est avancée au vendredi
 *   précédent (elle reste avant l'événement) ;
 * - une échéance d'après est repoussée au lundi suivant (l'avancer pourrait la placer
 *   pendant l'événement) ;
 * - le jour J n'est jamais déplacé : un événement peut avoir lieu un samedi.
 */
export function dueDate(
  offsetDays: number,
  firstDay: CalendarDate,
  lastDay: CalendarDate,
  { shiftWeekends = true }: DueDateOptions = {},
): CalendarDate {
  if (!Number.isInteger(offsetDays)) throw new RangeError('Le décalage doit être un nombre entier de jours.');
  if (lastDay < firstDay) throw new RangeError("Le dernier jour précède le premier jour de l'événement.");
  const raw = offsetDays > 0 ? addCalendarDays(lastDay, offsetDays) : addCalendarDays(firstDay, offsetDays);
  if (!shiftWeekends || offsetDays === 0) return raw;
  const weekday = isoWeekday(raw);
  if (weekday < 6) return raw;
  return offsetDays < 0 ? addCalendarDays(raw, 5 - weekday) : addCalendarDays(raw, 8 - weekday);
}

export type TaskSchedule = {
  readonly offsetDays: number | null;
  /** Date fixée à la main : elle prime sur le décalage et n'est jamais déplacée. */
  readonly manualDueDate: CalendarDate | null;
};

export type EventDays = { readonly firstDay: CalendarDate; readonly lastDay: CalendarDate };

/** L'échéance affichée : la date manuelle si elle existe, sinon celle du décalage, sinon aucune. */
export function resolveDueDate(task: TaskSchedule, event: EventDays, options?: DueDateOptions): CalendarDate | null {
  if (task.manualDueDate !== null) return task.manualDueDate;
  if (task.offsetDays === null) return null;
  return dueDate(task.offsetDays, event.firstDay, event.lastDay, options);
}
