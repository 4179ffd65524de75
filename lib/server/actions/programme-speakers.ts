'use server';
import type { z } from 'zod';
import { createSpeakerSchema, deleteSpeakerSchema, updateSpeakerSchema } from '@/lib/schemas/programme';
import { DUPLICATE_SPEAKER_ERROR, isSameSpeaker } from '@/lib/domain/programme/speaker-duplicates';
import { eventAction, FieldError, type Revalidate } from '@/lib/server/action';
import { PUBLIC_EVENTS } from '@/lib/server/queries/public-event';
import type { Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/** Every programme change bumps programmeVersion first, which also locks the event row. */
async function touchProgramme(tx: Tx, eventId: string) {
  await tx.event.update({ where: { id: eventId }, data: { programmeVersion: { increment: 1 } }, select: { id: true } });
}

function speakerData(input: z.output<typeof createSpeakerSchema>) {
  return {
    name: input.name,
    role: input.role || null,
    organisation: input.organisation || null,
    scope: input.scope,
    gender: input.gender || null,
    email: input.email || null,
    phone: input.phone || null,
  };
}

async function requireSpeaker(tx: Tx, eventId: string, speakerId: string) {
  if (!(await tx.speaker.findFirst({ where: { id: speakerId, eventId }, select: { id: true } }))) {
    throw notFound('Cette personne');
  }
}

/** Refuses a second card for the same person (same name and e-mail); the event row is already locked. */
async function refuseDuplicate(tx: Tx, eventId: string, speaker: { name: string; email: string | null }, exceptId?: string) {
  const others = await tx.speaker.findMany({ where: { eventId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true, email: true } });
  if (others.some((other) => isSameSpeaker(other, speaker))) throw new FieldError('name', DUPLICATE_SPEAKER_ERROR);
}

function refreshProgramme(revalidate: Revalidate, eventId: string) {
  revalidate(`/evenements/${eventId}/programme`, 'layout');
  revalidate(...PUBLIC_EVENTS);
}

export const createSpeakerAction = eventAction(createSpeakerSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  const data = speakerData(input);
  await refuseDuplicate(tx, input.eventId, data);
  const speaker = await tx.speaker.create({ data: { eventId: input.eventId, ...data }, select: { id: true } });
  refreshProgramme(revalidate, input.eventId);
  return { id: speaker.id };
});

export const updateSpeakerAction = eventAction(updateSpeakerSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  await requireSpeaker(tx, input.eventId, input.speakerId);
  const data = speakerData(input);
  await refuseDuplicate(tx, input.eventId, data, input.speakerId);
  await tx.speaker.update({ where: { id: input.speakerId }, data });
  refreshProgramme(revalidate, input.eventId);
  return { id: input.speakerId };
});

/** Removing a person also removes them from their sessions, whose version moves on. */
export const deleteSpeakerAction = eventAction(deleteSpeakerSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  await requireSpeaker(tx, input.eventId, input.speakerId);
  await tx.session.updateMany({
    where: { eventId: input.eventId, speakers: { some: { speakerId: input.speakerId } } },
    data: { version: { increment: 1 } },
  });
  await tx.speaker.delete({ where: { id: input.speakerId } });
  refreshProgramme(revalidate, input.eventId);
  return { id: input.speakerId };
});
