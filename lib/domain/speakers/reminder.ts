import { addCalendarDays, parisDay } from '../dates';
import { dueReminder } from '../messages/reminders';

/*
 * Rappel aux intervenant·es, une semaine avant (J-7, comme le courriel « J-7 » du vademecum) : il part
 * à partir de 9 h (heure de Paris) ce jour-là, comme les rappels aux participant·es, et reste dû
 * jusqu'au début de l'événement (une personne ajoutée au programme à J-3 le reçoit au passage suivant).
 * Une seule fois par personne ; seulement à qui a une adresse e-mail et une séance placée au programme.
 */

export const SPEAKER_REMINDER_DAYS_BEFORE = 7;

/** Whether the speakers' reminder of an event starting at `eventStartsAt` is due at `now`. */
export function isSpeakerReminderDue(eventStartsAt: Date, now: Date): boolean {
  const slot = { daysBefore: SPEAKER_REMINDER_DAYS_BEFORE, sendOn: addCalendarDays(parisDay(eventStartsAt), -SPEAKER_REMINDER_DAYS_BEFORE) };
  return dueReminder([slot], eventStartsAt, now) !== null;
}
