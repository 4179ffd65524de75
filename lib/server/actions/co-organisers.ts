'use server';
import type { z } from 'zod';
import { answerCoOrganiserInvitationSchema } from '@/lib/schemas/co-organisers';
import { action, revalidate } from '@/lib/server/action';
import { answerCoOrganiserInvitation } from '@/lib/server/events/co-organiser-invitations';

const answerInvitation = action(answerCoOrganiserInvitationSchema, async (input) => {
  const result = await answerCoOrganiserInvitation(input);
  revalidate('/');
  revalidate(`/evenements/${input.eventId}`, 'layout');
  return result;
});

export async function answerCoOrganiserInvitationAction(input: z.input<typeof answerCoOrganiserInvitationSchema>) {
  return answerInvitation(input);
}
