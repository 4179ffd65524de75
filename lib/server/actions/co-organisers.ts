'use server';
import { answerCoOrganiserInvitationSchema } from '@/lib/schemas/co-organisers';
import { orgAction } from '@/lib/server/action';
import { answerCoOrganiserInvitation } from '@/lib/server/events/co-organiser-invitations';

/** The invited organisation's admins or coordinators accept or decline co-organising an event. */
export const answerCoOrganiserInvitationAction = orgAction(
  answerCoOrganiserInvitationSchema,
  'event.coorganise',
  async ({ input, tx, revalidate }) => {
    const result = await answerCoOrganiserInvitation(tx, input);
    revalidate('/');
    revalidate(`/evenements/${input.eventId}`, 'layout');
    return result;
  },
  { organisationOf: (input) => input.organisationId },
);
