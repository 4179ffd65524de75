import { textField, z } from '@/lib/schemas/zod';
import { DATE_OUT_OF_BOUNDS, isWithinDateBounds } from '@/lib/domain/dates/date-bounds';

// Days a person plans to attend a multi-day event. Stored in Registration.days: an empty list
// means every day, so a registration made before the event gains a day still counts on it.

export const MAX_ATTENDANCE_DAYS = 60;

const calendarDay = textField().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Jour illisible.', abort: true }).refine(isWithinDateBounds, { error: DATE_OUT_OF_BOUNDS });

/** The form's field: absent (older clients, single-day events) means every day. */
export const attendanceDaysField = z
  .array(calendarDay)
  .max(MAX_ATTENDANCE_DAYS, { error: `Choisissez au plus ${MAX_ATTENDANCE_DAYS} jours.` })
  .optional();

export const DAYS_REQUIRED = 'Cochez au moins un jour : celui ou ceux où vous viendrez.';
export const DAY_NOT_IN_EVENT = 'Un des jours choisis ne fait pas partie de l’événement. Rechargez la page et choisissez de nouveau.';

export type AttendanceDaysCheck = { ok: true; days: string[] } | { ok: false; error: string };

/**
 * Checks the chosen days against the event's days and returns what is stored: `[]` when the
 * person comes every day (nothing chosen, or every day ticked), else the chosen days, sorted.
 */
export function checkAttendanceDays(chosen: readonly string[] | undefined, eventDays: readonly string[]): AttendanceDaysCheck {
  if (chosen === undefined) return { ok: true, days: [] };
  const days = [...new Set(chosen)].sort();
  if (days.some((day) => !eventDays.includes(day))) return { ok: false, error: DAY_NOT_IN_EVENT };
  if (days.length === 0) return eventDays.length > 1 ? { ok: false, error: DAYS_REQUIRED } : { ok: true, days: [] };
  return { ok: true, days: days.length === new Set(eventDays).size ? [] : days };
}

/** The boxes ticked on the form: the stored days, or every day when none is stored. */
export function tickedDays(stored: readonly string[], eventDays: readonly string[]): string[] {
  return stored.length === 0 ? [...eventDays] : stored.filter((day) => eventDays.includes(day));
}
