'use server';
import { registrationOpenOnPublish } from '@/lib/domain/events/past';
import { canMoveTo, canUnpublish, EVENT_STATUS_LABELS, type EventStatus } from '@/lib/domain/events/status';
import { findProgrammeConflicts } from '@/lib/domain/programme';
import { eventStatusSchema } from '@/lib/schemas/programme';
import { eventAction, type Revalidate } from '@/lib/server/action';
import { PUBLIC_EVENTS } from '@/lib/server/queries/public-event';
import type { Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { readProgrammeState, toProgrammeInput } from '@/lib/server/queries/programme';
import { emitEventChange } from '@/lib/server/webhooks/occurrences';

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

function refreshEvent(revalidate: Revalidate, eventId: string, slug: string) {
  revalidate(`/evenements/${eventId}`, 'layout');
  revalidate('/');
  revalidate(`/e/${slug}`);
  revalidate(...PUBLIC_EVENTS);
}

/** Draft → published, refused while a blocking conflict remains in the stored programme. */
export const publishEventAction = eventAction(eventStatusSchema, 'event.publish', async ({ input, tx, revalidate }) => {
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
  const publishedAt = new Date();
  // An event entered after the fact is published for its programme and bilan: no registration opens.
  const registrationOpen = registrationOpenOnPublish(state.event, publishedAt);
  await tx.event.update({
    where: { id: input.eventId },
    data: { status: 'PUBLISHED', publishedAt, ...(registrationOpen ? {} : { registrationOpen: false }) },
  });
  await emitEventChange(tx, 'event.published', input.eventId);
  refreshEvent(revalidate, input.eventId, state.event.slug);
  return { status: 'PUBLISHED' as const, publishedAt, registrationOpen: registrationOpen && state.event.registrationOpen };
});

/**
 * Published → draft: the public page, its feeds and the registration form are gone (404) until it is
 * published again; registrations already made stay, and nobody is written to.
 */
export const unpublishEventAction = eventAction(eventStatusSchema, 'event.publish', async ({ input, tx, revalidate }) => {
  await lockEvent(tx, input.eventId);
  const event = await tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: { status: true, slug: true } });
  if (!canUnpublish(event.status)) refuseMove(event.status, 'DRAFT');
  await tx.event.update({ where: { id: input.eventId }, data: { status: 'DRAFT', publishedAt: null } });
  refreshEvent(revalidate, input.eventId, event.slug);
  return { status: 'DRAFT' as const };
});

export const markEventDoneAction = eventAction(eventStatusSchema, 'event.publish', async ({ input, tx, revalidate }) => {
  await lockEvent(tx, input.eventId);
  const event = await tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: { status: true, slug: true } });
  if (!canMoveTo(event.status, 'DONE')) refuseMove(event.status, 'DONE');
  await tx.event.update({ where: { id: input.eventId }, data: { status: 'DONE' } });
  refreshEvent(revalidate, input.eventId, event.slug);
  return { status: 'DONE' as const };
});
