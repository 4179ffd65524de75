'use server';
import type { z } from 'zod';
import { canMoveTo, EVENT_STATUS_LABELS, type EventStatus } from '@/lib/domain/events/status';
import { findProgrammeConflicts } from '@/lib/domain/programme';
import { eventStatusSchema } from '@/lib/schemas/programme';
import { action, revalidate } from '@/lib/server/action';
import { revalidatePublicEvents } from '@/lib/server/queries/public-event';
import { requireEventPermission } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { readProgrammeState, toProgrammeInput } from '@/lib/server/queries/programme';

/**
 * Locks the event row: programme writes bump its programmeVersion first, so none can slip in
 * between the check below and the change of status.
 */
async function lockEvent(tx: Tx, eventId: string) {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
}

function refuseMove(from: EventStatus, to: EventStatus): never {
  throw new SafeError(
    `L’événement est « ${EVENT_STATUS_LABELS[from]} » : il ne peut pas passer à « ${EVENT_STATUS_LABELS[to]} ».`,
    'conflict',
  );
}

function refreshEvent(eventId: string, slug: string) {
  revalidate(`/evenements/${eventId}`, 'layout');
  revalidate('/');
  revalidate(`/e/${slug}`);
  revalidatePublicEvents();
}

/** Draft → published, refused while a blocking conflict remains in the stored programme. */
const publishEvent = action(eventStatusSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.publish');
  const { slug, publishedAt } = await db().$transaction(async (tx) => {
    await lockEvent(tx, input.eventId);
    const state = await readProgrammeState(tx, input.eventId);
    if (!canMoveTo(state.event.status, 'PUBLISHED')) refuseMove(state.event.status, 'PUBLISHED');
    const blocking = findProgrammeConflicts(toProgrammeInput(state)).filter((conflict) => conflict.severity === 'block');
    if (blocking.length > 0) {
      const count = blocking.length > 1 ? `${blocking.length} conflits bloquants` : 'un conflit bloquant';
      throw new SafeError(
        [`Publication refusée : résolvez d’abord ${count} :`, ...blocking.map((conflict) => `– ${conflict.message}`)].join('\n'),
        'conflict',
      );
    }
    const now = new Date();
    await tx.event.update({ where: { id: input.eventId }, data: { status: 'PUBLISHED', publishedAt: now } });
    return { slug: state.event.slug, publishedAt: now };
  });
  refreshEvent(input.eventId, slug);
  return { status: 'PUBLISHED' as const, publishedAt };
});

const markEventDone = action(eventStatusSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.publish');
  const slug = await db().$transaction(async (tx) => {
    await lockEvent(tx, input.eventId);
    const event = await tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: { status: true, slug: true } });
    if (!canMoveTo(event.status, 'DONE')) refuseMove(event.status, 'DONE');
    await tx.event.update({ where: { id: input.eventId }, data: { status: 'DONE' } });
    return event.slug;
  });
  refreshEvent(input.eventId, slug);
  return { status: 'DONE' as const };
});

export async function publishEventAction(input: z.input<typeof eventStatusSchema>) {
  return publishEvent(input);
}

export async function markEventDoneAction(input: z.input<typeof eventStatusSchema>) {
  return markEventDone(input);
}
