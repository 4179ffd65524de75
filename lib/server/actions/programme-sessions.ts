'use server';
import { storedContentFlag } from '@/lib/domain/programme/content-flag';
import type { z } from 'zod';
import { OTHER_FORMAT } from '@/lib/domain/programme/labels';
import { instantAt } from '@/lib/domain/programme/time-input';
import {
  cancelSessionSchema,
  createSessionSchema,
  sessionRefSchema,
  updateSessionSchema,
} from '@/lib/schemas/programme';
import { eventAction, type Revalidate } from '@/lib/server/action';
import { PUBLIC_EVENTS } from '@/lib/server/queries/public-event';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { requireProgrammeRefs } from '@/lib/server/queries/programme';

const STALE_EDIT =
  'Cette séance a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez la page pour voir sa dernière version ; vos changements n’ont pas été enregistrés.';

type SessionInput = z.output<typeof createSessionSchema>;

/** Every programme change bumps programmeVersion first, which also locks the event row. */
async function touchProgramme(tx: Tx, eventId: string) {
  await tx.event.update({ where: { id: eventId }, data: { programmeVersion: { increment: 1 } }, select: { id: true } });
}

/** Checks that the day, room and people belong to the event, and turns the Paris times into instants. */
async function sessionData(tx: Tx, input: SessionInput) {
  const day = await requireProgrammeRefs(tx, input.eventId, {
    dayId: input.dayId,
    roomId: input.roomId || null,
    speakerIds: [...input.speakerIds, ...input.hostIds],
  });
  const other = input.formatChoice === OTHER_FORMAT;
  return {
    dayId: day.id,
    roomId: input.roomId || null,
    title: input.title,
    formatId: other ? null : input.formatChoice,
    customFormat: other ? input.customFormat : null,
    description: input.description || null,
    startsAt: instantAt(day.date, input.startTime),
    endsAt: instantAt(day.date, input.endTime),
    capacity: input.capacity,
    access: input.access,
    allRooms: input.allRooms,
    countsAsContent: storedContentFlag(input.contentChoice),
  };
}

function peopleOf(sessionId: string, input: SessionInput) {
  return [
    ...input.speakerIds.map((speakerId) => ({ sessionId, speakerId, role: 'SPEAKER' as const })),
    ...input.hostIds.map((speakerId) => ({ sessionId, speakerId, role: 'HOST' as const })),
  ];
}

async function requireSession(tx: Tx, eventId: string, sessionId: string) {
  const session = await tx.session.findFirst({ where: { id: sessionId, eventId }, select: { id: true } });
  if (!session) throw notFound('Cette séance');
}

function refreshProgramme(revalidate: Revalidate, eventId: string) {
  revalidate(`/evenements/${eventId}/programme`, 'layout');
  revalidate(...PUBLIC_EVENTS);
}

export const createSessionAction = eventAction(createSessionSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  const created = await tx.session.create({
    data: { eventId: input.eventId, ...(await sessionData(tx, input)) },
    select: { id: true, version: true },
  });
  await tx.sessionSpeaker.createMany({ data: peopleOf(created.id, input) });
  refreshProgramme(revalidate, input.eventId);
  return created;
});

/**
 * Optimistic concurrency: the update only applies to the version the form was opened with. If
 * someone saved the session meanwhile, nothing is written and the person is told to reload.
 */
export const updateSessionAction = eventAction(updateSessionSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  const data = await sessionData(tx, input);
  const { count } = await tx.session.updateMany({
    where: { id: input.sessionId, eventId: input.eventId, version: input.version },
    // Saving a draft from its form places it: it joins the programme as any other session.
    data: { ...data, draft: false, version: { increment: 1 } },
  });
  if (count === 0) {
    await requireSession(tx, input.eventId, input.sessionId);
    throw new SafeError(STALE_EDIT, 'conflict');
  }
  await tx.sessionSpeaker.deleteMany({ where: { sessionId: input.sessionId } });
  await tx.sessionSpeaker.createMany({ data: peopleOf(input.sessionId, input) });
  refreshProgramme(revalidate, input.eventId);
  return { id: input.sessionId, version: input.version + 1 };
});

/** A cancelled session stays in the programme, shown as « Annulé » with its reason. */
export const cancelSessionAction = eventAction(cancelSessionSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  await requireSession(tx, input.eventId, input.sessionId);
  await tx.session.update({
    where: { id: input.sessionId },
    data: { status: 'CANCELLED', cancelReason: input.reason, version: { increment: 1 } },
  });
  refreshProgramme(revalidate, input.eventId);
  return { id: input.sessionId };
});

export const restoreSessionAction = eventAction(sessionRefSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  await requireSession(tx, input.eventId, input.sessionId);
  await tx.session.update({
    where: { id: input.sessionId },
    data: { status: 'PLANNED', cancelReason: null, version: { increment: 1 } },
  });
  refreshProgramme(revalidate, input.eventId);
  return { id: input.sessionId };
});

export const deleteSessionAction = eventAction(sessionRefSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  await requireSession(tx, input.eventId, input.sessionId);
  await tx.session.delete({ where: { id: input.sessionId } });
  refreshProgramme(revalidate, input.eventId);
  return { id: input.sessionId };
});
