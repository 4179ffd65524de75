'use server';
import { checkInVersionSchema, recordCheckInTapsSchema, setAttendanceSchema, setSessionAttendanceSchema } from '@/lib/schemas/attendance';
import { eventAction } from '@/lib/server/action';
import { recordTaps, serverTap } from '@/lib/server/checkin/taps';
import { notFound } from '@/lib/server/errors';
import { assertEventDay } from '@/lib/server/participants/event-day';
import { readCheckInVersion } from '@/lib/server/queries/checkin-version';

/**
 * One tap on the check-in list, or one line of a paper list typed in afterwards: the person's
 * status that day (present, excused, absent), or no status at all to undo a mistaken tap.
 */
export const setAttendanceAction = eventAction(setAttendanceSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const { eventId, registrationId, date, status } = input;
  await assertEventDay(tx, eventId, date);
  const registration = await tx.registration.findFirst({ where: { id: registrationId, eventId }, select: { id: true } });
  if (!registration) throw notFound('Cette personne');
  const [outcome] = await recordTaps(tx, eventId, [serverTap(registrationId, date, status)], { markedBy: viewer.user.name, userId: viewer.user.id });
  revalidate(`/evenements/${eventId}/chiffres`);
  return { registrationId, date, status: outcome?.ok ? outcome.status : status };
});

/**
 * The taps of the check-in screen (buttons and QR scans), sent in the order they were made, at once
 * or later from the device's offline queue. Each gets its own outcome; replays change nothing.
 */
export const recordCheckInTapsAction = eventAction(recordCheckInTapsSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const outcomes = await recordTaps(tx, input.eventId, input.taps, { markedBy: viewer.user.name, userId: viewer.user.id });
  revalidate(`/evenements/${input.eventId}/chiffres`);
  return outcomes;
});

/**
 * The version of one day's check-in list, asked by the board every 30 s: the page is fetched again
 * only when it differs from the one it was drawn with. Same permission as the taps; read only.
 */
export const checkInVersionAction = eventAction(checkInVersionSchema, 'event.edit', ({ input }) => readCheckInVersion(input.eventId, input.day), {
  transaction: false,
});

/** Attendance of a session on pre-registration: ticked from its own list. */
export const setSessionAttendanceAction = eventAction(setSessionAttendanceSchema, 'event.edit', async ({ input, tx }) => {
  const { eventId, sessionRegistrationId, attended } = input;
  const { count } = await tx.sessionRegistration.updateMany({
    where: { id: sessionRegistrationId, session: { eventId, access: 'PRE_INSCRIPTION' } },
    data: { attended },
  });
  if (count === 0) throw notFound('Cette inscription à la séance');
  return { sessionRegistrationId, attended };
});
