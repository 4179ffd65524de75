'use server';
import { confirmSpeakerSchema, speakerLinkSchema } from '@/lib/schemas/speakers';
import { eventAction, publicAction } from '@/lib/server/action';
import { notFound } from '@/lib/server/errors';
import { PUBLIC_EVENTS } from '@/lib/server/queries/public-event';
import { consumeForm } from '@/lib/server/rate-limit';
import { findSpeakerIdByToken, issueSpeakerLink, revokeSpeakerLink } from '@/lib/server/speakers/links';
import { hashToken } from '@/lib/server/tokens';

/**
 * A new personal link for the speaker (the previous one stops working), e-mailed when their address is
 * known. Writing to people from Trame is the coordinators' (event.emails), as for group messages.
 */
export const sendSpeakerLinkAction = eventAction(speakerLinkSchema, 'event.emails', async ({ input, tx, revalidate }) => {
  const result = await issueSpeakerLink(tx, input.eventId, input.speakerId);
  revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  return result;
});

export const revokeSpeakerLinkAction = eventAction(speakerLinkSchema, 'event.emails', async ({ input, tx, revalidate }) => {
  await revokeSpeakerLink(tx, input.eventId, input.speakerId);
  revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  return { id: input.speakerId };
});

/*
 * Public on purpose: the personal link's token is the credential (no account). The speaker confirms
 * the details the programme shows; the rate limit counts per link and per address.
 */
export const confirmSpeakerAction = publicAction(confirmSpeakerSchema, async ({ input, tx, revalidate }) => {
  await consumeForm(`speaker:${hashToken(input.token)}`);
  const speaker = await findSpeakerIdByToken(tx, input.token);
  if (!speaker) throw notFound('Ce lien');
  // The public programme shows the speakers' names: its caches and iCalendar SEQUENCE move on.
  await tx.event.update({ where: { id: speaker.eventId }, data: { programmeVersion: { increment: 1 } }, select: { id: true } });
  await tx.speaker.update({
    where: { id: speaker.id },
    data: {
      name: input.name,
      organisation: input.organisation || null,
      bio: input.bio || null,
      gender: input.gender || null,
      scope: input.scope,
      confirmedAt: new Date(),
    },
  });
  revalidate(`/evenements/${speaker.eventId}/programme`, 'layout');
  revalidate(...PUBLIC_EVENTS);
  return { confirmed: true };
});
