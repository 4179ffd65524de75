'use server';
import { answerCoOrganiserInvitationSchema, linkOutsideCoOrganiserSchema } from '@/lib/schemas/co-organisers';
import { eventAction, orgAction } from '@/lib/server/action';
import { linkOutsideCoOrganiser } from '@/lib/server/events/outside-co-organisers';
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

/**
 * A co-organiser named while it was not on Trame has joined: the coordinator links it to the
 * organisation of Trame with its SIRET or its name, which is invited to co-organise (issue 15.13).
 */
export const linkOutsideCoOrganiserAction = eventAction(linkOutsideCoOrganiserSchema, 'event.edit', async ({ input, viewer, tx, revalidate }) => {
  const result = await linkOutsideCoOrganiser(tx, { ...input, memberships: viewer.memberships });
  revalidate('/');
  revalidate(`/evenements/${input.eventId}`, 'layout');
  return result;
});
