'use server';
import { addParticipantSchema, cancelParticipantSchema, participantRowSchema, updateParticipantSchema } from '@/lib/schemas/participant-record';
import { eventAction, type Revalidate } from '@/lib/server/action';
import { addParticipant, cancelParticipant, updateParticipant } from '@/lib/server/participants/record';
import { promoteParticipant, reinstateParticipant, resendConfirmation } from '@/lib/server/participants/row-actions';

// The organisers' changes to one participant (participant page and « Ajouter un participant »).

function refresh(revalidate: Revalidate, eventId: string) {
  revalidate(`/evenements/${eventId}`, 'layout');
}

export const addParticipantAction = eventAction(addParticipantSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const result = await addParticipant(tx, input, viewer.user.id);
  refresh(revalidate, input.eventId);
  return result;
});

export const updateParticipantAction = eventAction(updateParticipantSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const result = await updateParticipant(tx, input, viewer.user.id);
  refresh(revalidate, input.eventId);
  return result;
});

export const cancelParticipantAction = eventAction(cancelParticipantSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const result = await cancelParticipant(tx, input, viewer.user.id);
  refresh(revalidate, input.eventId);
  return result;
});

export const resendConfirmationAction = eventAction(participantRowSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const result = await resendConfirmation(tx, input, viewer.user.id);
  refresh(revalidate, input.eventId);
  return result;
});

export const reinstateParticipantAction = eventAction(participantRowSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const result = await reinstateParticipant(tx, input, viewer.user.id);
  refresh(revalidate, input.eventId);
  return result;
});

export const promoteParticipantAction = eventAction(participantRowSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const result = await promoteParticipant(tx, input, viewer.user.id);
  refresh(revalidate, input.eventId);
  return result;
});
