'use server';
import {
  answerNetworkInvitationSchema,
  coreQuestionSchema,
  deleteCoreQuestionSchema,
  inviteNetworkMemberSchema,
  leaveNetworkSchema,
  removeNetworkMemberSchema,
  setCycleEventSchema,
} from '@/lib/schemas/networks';
import { eventAction, orgAction } from '@/lib/server/action';
import { answerInvitation, deleteCoreQuestion, inviteMember, leaveNetwork, networkOf, removeMember, saveCoreQuestion, setCycleEvent } from '@/lib/server/networks/manage';

/** A network's admin invites an organisation (issue 19.3); twice is refused in French. */
export const inviteNetworkMemberAction = orgAction(inviteNetworkMemberSchema, 'organisation.manage', async ({ input, viewer, membership, tx, revalidate }) => {
  const created = await inviteMember(tx, networkOf(membership), input.organisationId, viewer.user.id);
  revalidate('/reseau');
  return created;
});

/** The invited organisation's admin accepts or declines joining the network. */
export const answerNetworkInvitationAction = orgAction(answerNetworkInvitationSchema, 'organisation.manage', async ({ input, membership, tx, revalidate }) => {
  const result = await answerInvitation(tx, membership.organisationId, input.networkId, input.accept);
  revalidate('/organisation');
  return result;
});

/** The member organisation's admin leaves a network it joined: its events leave the cycle, untouched. */
export const leaveNetworkAction = orgAction(leaveNetworkSchema, 'organisation.manage', async ({ input, membership, tx, revalidate }) => {
  const result = await leaveNetwork(tx, membership.organisationId, input.networkId);
  revalidate('/organisation');
  revalidate('/reseau');
  return result;
});

/** A network's admin removes a member (its events leave the cycle) or withdraws a pending invitation. */
export const removeNetworkMemberAction = orgAction(removeNetworkMemberSchema, 'organisation.manage', async ({ input, membership, tx, revalidate }) => {
  const result = await removeMember(tx, networkOf(membership), input.organisationId);
  revalidate('/reseau');
  revalidate('/organisation');
  return result;
});

/** A member's coordinator puts one of its own events in (or out of) the network's cycle. */
export const setCycleEventAction = eventAction(setCycleEventSchema, 'event.publish', async ({ input, event, membership, viewer, tx, revalidate }) => {
  const result = await setCycleEvent(tx, input, { ownerOrganisationId: event.ownerOrganisationId, actingOrganisationId: membership.organisationId, userId: viewer.user.id });
  revalidate('/organisation');
  revalidate(`/evenements/${input.eventId}`, 'layout');
  return result;
});

/** The network adds or edits a core question; refused once a questionnaire holding it was sent. */
export const saveCoreQuestionAction = orgAction(coreQuestionSchema, 'organisation.manage', async ({ input, membership, tx, revalidate }) => {
  const saved = await saveCoreQuestion(tx, networkOf(membership), input);
  revalidate('/reseau');
  return saved;
});

export const deleteCoreQuestionAction = orgAction(deleteCoreQuestionSchema, 'organisation.manage', async ({ input, membership, tx, revalidate }) => {
  await deleteCoreQuestion(tx, networkOf(membership), input.id);
  revalidate('/reseau');
  return { id: input.id };
});
