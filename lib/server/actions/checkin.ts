'use server';
import { setAttendanceSchema, setSessionAttendanceSchema } from '@/lib/schemas/attendance';
import { eventAction } from '@/lib/server/action';
import { notFound } from '@/lib/server/errors';
import { assertEventDay } from '@/lib/server/participants/event-day';

/**
 * One tap on the check-in list, or one line of a paper list typed in afterwards: the person's
 * status that day (present, excused, absent), or no status at all to undo a mistaken tap.
 */
export const setAttendanceAction = eventAction(setAttendanceSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  const { eventId, registrationId, date, status } = input;
  await assertEventDay(tx, eventId, date);
  const registration = await tx.registration.findFirst({ where: { id: registrationId, eventId }, select: { id: true } });
  if (!registration) throw notFound('Cette personne');
  const key = { registrationId_date: { registrationId, date } };
  if (status === null) await tx.attendance.deleteMany({ where: { registrationId, date } });
  else await tx.attendance.upsert({ where: key, create: { registrationId, date, status }, update: { status } });
  revalidate(`/evenements/${eventId}/chiffres`);
  return { registrationId, date, status };
});

/** Attendance of a session on pre-registration: ticked from its own list. */
export const setSessionAttendanceAction = eventAction(setSessionAttendanceSchema, 'event.edit', async ({ input, tx }) => {
  const { eventId, sessionRegistrationId, attended } = input;
  const { count } = await tx.sessionRegistration.updateMany({
    where: { id: sessionRegistrationId, session: { eventId, access: 'PRE_INSCRIPTION' } },
    data: { attended },
  });
  if (count === 0) throw notFound('Cette inscription à la session');
  return { sessionRegistrationId, attended };
});
