'use server';
import type { z } from 'zod';
import { addParticipantSchema, cancelParticipantSchema, participantRowSchema, updateParticipantSchema } from '@/lib/schemas/participant-record';
import { eventAction } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { addParticipant, cancelParticipant, updateParticipant } from '@/lib/server/participants/record';
import { promoteParticipant, reinstateParticipant, resendConfirmation } from '@/lib/server/participants/row-actions';

// The organisers' changes to one participant (participant page, « Ajouter un participant », the
// rows of the participant list): event.edit, then every page of the event is stale.

function organiserChange<S extends z.ZodType<{ eventId: string }>, T>(schema: S, change: (tx: Tx, input: z.output<S>, authorId: string) => Promise<T>) {
  return eventAction(schema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
    const result = await change(tx, input, viewer.user.id);
    revalidate(`/evenements/${input.eventId}`, 'layout');
    return result;
  });
}

export const addParticipantAction = organiserChange(addParticipantSchema, addParticipant);
export const updateParticipantAction = organiserChange(updateParticipantSchema, updateParticipant);
export const cancelParticipantAction = organiserChange(cancelParticipantSchema, cancelParticipant);
export const resendConfirmationAction = organiserChange(participantRowSchema, resendConfirmation);
export const reinstateParticipantAction = organiserChange(participantRowSchema, reinstateParticipant);
export const promoteParticipantAction = organiserChange(participantRowSchema, promoteParticipant);
