import { addCalendarDays, calendarDaysBetween, type CalendarDate } from '@/lib/domain/dates';
import type { QuestionnaireSchedule } from '@/lib/domain/questionnaire/types';

/** J+10 after the last day (issue 7), one reminder five days later, answers accepted for a month. */
export const SCHEDULE_DEFAULTS = { sendAfterLastDay: 10, reminderAfterSend: 5, closesAfterSend: 30 } as const;

export function defaultSchedule(lastDay: CalendarDate): QuestionnaireSchedule {
  const sendOn = addCalendarDays(lastDay, SCHEDULE_DEFAULTS.sendAfterLastDay);
  return {
    sendOn,
    reminderOn: addCalendarDays(sendOn, SCHEDULE_DEFAULTS.reminderAfterSend),
    closesOn: addCalendarDays(sendOn, SCHEDULE_DEFAULTS.closesAfterSend),
  };
}

export type ScheduleField = 'sendOn' | 'reminderOn' | 'closesOn';
export type ScheduleErrors = Partial<Record<ScheduleField, string>>;

/**
 * The order the dates must follow: sending once the event is over (its last day at the earliest),
 * the reminder strictly after sending, the closing day after both.
 */
export function scheduleErrors(schedule: QuestionnaireSchedule, lastDay: CalendarDate | null): ScheduleErrors {
  const errors: ScheduleErrors = {};
  if (lastDay && calendarDaysBetween(lastDay, schedule.sendOn) < 0) {
    errors.sendOn = 'L’envoi ne peut pas précéder le dernier jour de l’événement.';
  }
  if (schedule.reminderOn && calendarDaysBetween(schedule.sendOn, schedule.reminderOn) <= 0) {
    errors.reminderOn = 'La relance doit suivre l’envoi d’au moins un jour.';
  }
  if (schedule.closesOn && calendarDaysBetween(schedule.sendOn, schedule.closesOn) <= 0) {
    errors.closesOn = 'La clôture doit suivre l’envoi d’au moins un jour.';
  } else if (schedule.closesOn && schedule.reminderOn && calendarDaysBetween(schedule.reminderOn, schedule.closesOn) < 0) {
    errors.closesOn = 'La clôture ne peut pas précéder la relance.';
  }
  return errors;
}

/** Answers are accepted until the closing day included (Paris calendar); no closing day = always open. */
export function isOpenOn(closesOn: CalendarDate | null, today: CalendarDate): boolean {
  return closesOn === null || calendarDaysBetween(today, closesOn) >= 0;
}

/** A day has come when today is that day or later. */
export function isDue(day: CalendarDate | null, today: CalendarDate): boolean {
  return day !== null && calendarDaysBetween(day, today) >= 0;
}
