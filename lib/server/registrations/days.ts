import 'server-only';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { checkAttendanceDays } from '@/lib/schemas/registration-days';

/**
 * The days to store for a registration, checked against the event's days. `undefined` when the form
 * sent none (the stored days stay as they are) or when the event does not exist (the caller's lock
 * then says "not found"). The days do not depend on seats: the check may run before the event's lock.
 */
export async function attendanceDaysToStore(tx: Pick<Tx, 'event'>, eventId: string, chosen: readonly string[] | undefined): Promise<string[] | undefined> {
  if (chosen === undefined) return undefined;
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: { startsAt: true, endsAt: true, days: { select: { date: true } } },
  });
  if (!event) return undefined;
  const eventDays = eventCalendarDays({ dayDates: event.days.map((day) => day.date), startsAt: event.startsAt, endsAt: event.endsAt });
  const checked = checkAttendanceDays(chosen, eventDays);
  if (!checked.ok) throw new FieldError('days', checked.error);
  return checked.days;
}
