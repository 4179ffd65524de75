'use server';
import { callState, CALL_CLOSED_MESSAGES } from '@/lib/domain/speakers/call';
import { callSettingsSchema, decideProposalSchema, submitProposalSchema } from '@/lib/schemas/speakers';
import { eventAction, publicAction } from '@/lib/server/action';
import { notFound, SafeError } from '@/lib/server/errors';
import { decideProposal } from '@/lib/server/proposals/decide';
import { PUBLIC_EVENTS } from '@/lib/server/queries/public-event';
import { consumeForm } from '@/lib/server/rate-limit';

const proposalsPage = (eventId: string) => `/evenements/${eventId}/programme/propositions`;

/** Opens or closes the event's public call for proposals, with its last day: publishing, so event.publish. */
export const updateCallAction = eventAction(callSettingsSchema, 'event.publish', async ({ input, tx, revalidate }) => {
  await tx.event.update({ where: { id: input.eventId }, data: { callOpen: input.callOpen, callClosesOn: input.callClosesOn || null } });
  revalidate(proposalsPage(input.eventId));
  revalidate(...PUBLIC_EVENTS);
  return { callOpen: input.callOpen };
});

/**
 * Accept (a draft session and its speakers), decline or keep for later, with an optional message to the
 * proposer: who speaks at the event is the coordinators' decision (event.publish).
 */
export const decideProposalAction = eventAction(decideProposalSchema, 'event.publish', async ({ input, tx, revalidate }) => {
  const outcome = await decideProposal(tx, input);
  revalidate(proposalsPage(input.eventId));
  if (outcome.sessionId && !outcome.unchanged) revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  return outcome;
});

/*
 * Public on purpose: anyone may answer an open call, without an account. The rate limit (per address
 * and per contact e-mail) and the honeypot guard the form; a closed call refuses every proposal.
 */
export const submitProposalAction = publicAction(submitProposalSchema, async ({ input, tx }) => {
  const contact = input.speakers[0]!;
  await consumeForm(`proposal:${input.eventId}:${contact.email}`);
  const event = await tx.event.findUnique({
    where: { id: input.eventId },
    select: { status: true, callOpen: true, callClosesOn: true, startsAt: true },
  });
  if (!event) throw notFound('Cet événement');
  const state = callState(event, new Date());
  if (state !== 'open') throw new SafeError(CALL_CLOSED_MESSAGES[state], 'conflict');
  // A robot filled the hidden field: it is told it succeeded, and nothing is written.
  if (input.website.trim() !== '') return { received: true };
  await tx.proposal.create({
    data: {
      eventId: input.eventId,
      title: input.title,
      formatId: input.formatId,
      abstract: input.abstract,
      constraints: input.constraints || null,
      speakers: input.speakers,
      contactEmail: contact.email,
    },
    select: { id: true },
  });
  return { received: true };
});
