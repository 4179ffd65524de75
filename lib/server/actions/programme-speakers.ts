'use server';
import type { z } from 'zod';
import { createSpeakerSchema, deleteSpeakerSchema, updateSpeakerSchema } from '@/lib/schemas/programme';
import { action, revalidate } from '@/lib/server/action';
import { revalidatePublicEvents } from '@/lib/server/queries/public-event';
import { requireEventPermission } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
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

const createSpeaker = action(createSpeakerSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  const speaker = await db().$transaction(async (tx) => {
    await touchProgramme(tx, input.eventId);
    return tx.speaker.create({ data: { eventId: input.eventId, ...speakerData(input) }, select: { id: true } });
  });
  revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  revalidatePublicEvents();
  return { id: speaker.id };
});

const updateSpeaker = action(updateSpeakerSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  await db().$transaction(async (tx) => {
    await touchProgramme(tx, input.eventId);
    await requireSpeaker(tx, input.eventId, input.speakerId);
    await tx.speaker.update({ where: { id: input.speakerId }, data: speakerData(input) });
  });
  revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  revalidatePublicEvents();
  return { id: input.speakerId };
});

/** Removing a person also removes them from their sessions, whose version moves on. */
const deleteSpeaker = action(deleteSpeakerSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  await db().$transaction(async (tx) => {
    await touchProgramme(tx, input.eventId);
    await requireSpeaker(tx, input.eventId, input.speakerId);
    await tx.session.updateMany({
      where: { eventId: input.eventId, speakers: { some: { speakerId: input.speakerId } } },
      data: { version: { increment: 1 } },
    });
    await tx.speaker.delete({ where: { id: input.speakerId } });
  });
  revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  revalidatePublicEvents();
  return { id: input.speakerId };
});

export async function createSpeakerAction(input: z.input<typeof createSpeakerSchema>) {
  return createSpeaker(input);
}

export async function updateSpeakerAction(input: z.input<typeof updateSpeakerSchema>) {
  return updateSpeaker(input);
}

export async function deleteSpeakerAction(input: z.input<typeof deleteSpeakerSchema>) {
  return deleteSpeaker(input);
}
