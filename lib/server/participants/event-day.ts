import 'server-only';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';

/** The days of an event, as check-in, figures and exports see them. */
export async function listEventDays(tx: Pick<Tx, 'event'>, eventId: string): Promise<string[]> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { startsAt: true, endsAt: true, days: { select: { date: true } } },
  });
  return eventCalendarDays({ dayDates: event.days.map((day) => day.date), startsAt: event.startsAt, endsAt: event.endsAt });
}

export async function assertEventDay(tx: Pick<Tx, 'event'>, eventId: string, date: string): Promise<void> {
  if (!(await listEventDays(tx, eventId)).includes(date)) {
    throw new FieldError('date', 'Ce jour ne fait pas partie de l’événement.');
  }
}
