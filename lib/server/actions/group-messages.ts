'use server';
import { groupMessageSchema, remindersSchema, unsubscribeSchema } from '@/lib/schemas/group-message';
import { eventAction, publicAction } from '@/lib/server/action';
import { SafeError } from '@/lib/server/errors';
import { previewGroupMessage, sendGroupMessage, sendTestGroupMessage } from '@/lib/server/messages/group-message';
import { saveReminderSettings } from '@/lib/server/messages/reminders';
import { unsubscribeByToken } from '@/lib/server/messages/unsubscribe';

// Writing to the event's people is for those who read its « Courriels » (admins and coordinators):
// a MEMBER edits the programme but does not write to every participant.
const PERMISSION = 'event.emails';
const pagePath = (eventId: string) => `/evenements/${eventId}/messages`;

/** The count and the message as its first recipient would read it (nothing is written). */
export const previewGroupMessageAction = eventAction(groupMessageSchema, PERMISSION, async ({ input, tx }) =>
  previewGroupMessage(tx, input.eventId, input),
);

/** The message to oneself first, marked « [Essai] ». */
export const sendTestGroupMessageAction = eventAction(groupMessageSchema, PERMISSION, async ({ input, tx, viewer, revalidate }) => {
  revalidate(`/evenements/${input.eventId}/courriels`);
  return sendTestGroupMessage(tx, input.eventId, input, viewer.user);
});

/** One outbox message per recipient, in one transaction: all queued or none. */
export const sendGroupMessageAction = eventAction(
  groupMessageSchema,
  PERMISSION,
  async ({ input, tx, viewer, revalidate }) => {
    revalidate(pagePath(input.eventId));
    revalidate(`/evenements/${input.eventId}/courriels`);
    return sendGroupMessage(tx, input.eventId, input, viewer.user.id);
  },
  // A few thousand recipients are a few thousand rows: more than the default 15 s on a loaded machine.
  { transaction: { timeout: 120_000, maxWait: 5_000 } },
);

/** The event's reminders (dates and texts); saving replaces the defaults. */
export const saveRemindersAction = eventAction(remindersSchema, PERMISSION, async ({ input, tx, revalidate }) => {
  revalidate(pagePath(input.eventId));
  return saveReminderSettings(tx, input.eventId, input.reminders);
});

// Public on purpose: the signed link is the credential, and it can only stop non-essential messages.
export const unsubscribeAction = publicAction(unsubscribeSchema, async ({ input, tx }) => {
  if (!(await unsubscribeByToken(tx, input.token))) throw new SafeError('Ce lien de désabonnement n’est pas valable.', 'not-found');
  return { unsubscribed: true };
});
