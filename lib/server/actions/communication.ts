'use server';
import { planMailings } from '@/lib/domain/community';
import { scheduleToStore } from '@/lib/domain/community/task-schedule';
import {
  communicationActionRefSchema,
  createCommunicationActionSchema,
  eventRefSchema,
  setCommunicationStatusSchema,
  updateCommunicationActionSchema,
} from '@/lib/schemas/tasks';
import { eventAction, type Revalidate } from '@/lib/server/action';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { loadEventDays } from '@/lib/server/queries/tasks';

function revalidatePlan(revalidate: Revalidate, eventId: string) {
  revalidate(`/evenements/${eventId}/taches/communication`);
}

/** A communication action is reached through its event: an outsider gets "not found", as for the event. */
const eventOfAction = async ({ actionId }: { actionId: string }) => {
  const found = await db().communicationAction.findUnique({ where: { id: actionId }, select: { eventId: true } });
  if (!found) throw notFound('Cette action de communication');
  return found.eventId;
};

/**
 * The vademecum's mailings at J-30, J-15 and J-7. A mailing counts as planned when the event already
 * has a newsletter action at that offset (whatever its status: a cancelled one is not brought back).
 * The event row is locked so that two clicks at once cannot both create the plan.
 */
export const createDefaultCommunicationPlanAction = eventAction(eventRefSchema, 'event.edit', async ({ input: { eventId }, tx, revalidate }) => {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const event = await loadEventDays(tx, eventId);
  const existing = await tx.communicationAction.findMany({
    where: { eventId, channel: 'NEWSLETTER', offsetDays: { not: null } },
    select: { offsetDays: true },
  });
  const taken = new Set(existing.map((row) => row.offsetDays));
  const missing = planMailings(event).filter((mailing) => !taken.has(mailing.offsetDays));
  const { count } = await tx.communicationAction.createMany({
    data: missing.map((mailing) => ({
      eventId,
      channel: mailing.channel,
      title: mailing.title,
      offsetDays: mailing.offsetDays,
      date: mailing.date,
      status: 'PLANNED' as const,
    })),
  });
  revalidatePlan(revalidate, eventId);
  return { added: count };
});

export const createCommunicationActionAction = eventAction(createCommunicationActionSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  const { offsetDays, dueDate } = scheduleToStore(input, await loadEventDays(tx, input.eventId));
  const created = await tx.communicationAction.create({
    data: { eventId: input.eventId, channel: input.channel, title: input.title, status: input.status, offsetDays, date: dueDate },
    select: { id: true },
  });
  revalidatePlan(revalidate, input.eventId);
  return { id: created.id };
});

export const updateCommunicationActionAction = eventAction(
  updateCommunicationActionSchema,
  'event.edit',
  async ({ input, event, tx, revalidate }) => {
    const { offsetDays, dueDate } = scheduleToStore(input, await loadEventDays(tx, event.id));
    await tx.communicationAction.update({
      where: { id: input.actionId, eventId: event.id },
      data: { channel: input.channel, title: input.title, status: input.status, offsetDays, date: dueDate },
    });
    revalidatePlan(revalidate, event.id);
    return { id: input.actionId };
  },
  { eventOf: eventOfAction },
);

export const setCommunicationActionStatusAction = eventAction(
  setCommunicationStatusSchema,
  'event.edit',
  async ({ input: { actionId, status }, event, tx, revalidate }) => {
    await tx.communicationAction.update({ where: { id: actionId, eventId: event.id }, data: { status } });
    revalidatePlan(revalidate, event.id);
    return { id: actionId, status };
  },
  { eventOf: eventOfAction },
);

export const deleteCommunicationActionAction = eventAction(
  communicationActionRefSchema,
  'event.edit',
  async ({ input: { actionId }, event, tx, revalidate }) => {
    await tx.communicationAction.delete({ where: { id: actionId, eventId: event.id } });
    revalidatePlan(revalidate, event.id);
    return { id: actionId };
  },
  { eventOf: eventOfAction },
);
