import 'server-only';
import { FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { listEventDays } from '@/lib/server/participants/event-day';
import { checkAttendanceDays } from '@/lib/schemas/registration-days';

/**
 * The days to store for a registration, checked against the event's days (read inside the
 * registration's transaction). `undefined` when the form sent none: the stored days stay as they are.
 */
export async function attendanceDaysToStore(tx: Tx, eventId: string, chosen: readonly string[] | undefined): Promise<string[] | undefined> {
  if (chosen === undefined) return undefined;
  const checked = checkAttendanceDays(chosen, await listEventDays(tx, eventId));
  if (!checked.ok) throw new FieldError('days', checked.error);
  return checked.days;
}
