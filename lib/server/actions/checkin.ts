'use server';
import type { z } from 'zod';
import { setAttendanceSchema, setSessionAttendanceSchema } from '@/lib/schemas/attendance';
import { action, revalidate } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { assertEventDay } from '@/lib/server/participants/event-day';

/**
 * One tap on the check-in list, or one line of a paper list typed in afterwards: the person's
 * status that day (present, excused, absent), or no status at all to undo a mistaken tap.
 */
const setAttendance = action(setAttendanceSchema, async ({ eventId, registrationId, date, status }) => {
  await requireEventPermission(eventId, 'event.edit');
  await db().$transaction(async (tx) => {
    await assertEventDay(tx, eventId, date);
    const registration = await tx.registration.findFirst({ where: { id: registrationId, eventId }, select: { id: true } });
    if (!registration) throw notFound('Cette personne');
    const key = { registrationId_date: { registrationId, date } };
    if (status === null) await tx.attendance.deleteMany({ where: { registrationId, date } });
    else await tx.attendance.upsert({ where: key, create: { registrationId, date, status }, update: { status } });
  });
  revalidate(`/evenements/${eventId}/chiffres`);
  return { registrationId, date, status };
});

/** Attendance of a session on pre-registration: ticked from its own list. */
const setSessionAttendance = action(setSessionAttendanceSchema, async ({ eventId, sessionRegistrationId, attended }) => {
  await requireEventPermission(eventId, 'event.edit');
  const { count } = await db().sessionRegistration.updateMany({
    where: { id: sessionRegistrationId, session: { eventId, access: 'PRE_INSCRIPTION' } },
    data: { attended },
  });
  if (count === 0) throw notFound('Cette inscription à la session');
  return { sessionRegistrationId, attended };
});

export async function setAttendanceAction(input: z.input<typeof setAttendanceSchema>) {
  return setAttendance(input);
}

export async function setSessionAttendanceAction(input: z.input<typeof setSessionAttendanceSchema>) {
  return setSessionAttendance(input);
}
