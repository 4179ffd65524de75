'use server';
import type { z } from 'zod';
import { planMailings } from '@/lib/domain/community';
import { scheduleToStore } from '@/lib/domain/community/task-schedule';
import {
  communicationActionRefSchema,
  createCommunicationActionSchema,
  eventRefSchema,
  setCommunicationStatusSchema,
  updateCommunicationActionSchema,
} from '@/lib/schemas/tasks';
import { action, revalidate } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { loadEventDays } from '@/lib/server/queries/tasks';

function revalidatePlan(eventId: string) {
  revalidate(`/evenements/${eventId}/taches/communication`);
}

async function requireCommunicationAction(actionId: string) {
  const found = await db().communicationAction.findUnique({ where: { id: actionId }, select: { id: true, eventId: true } });
  if (!found) throw notFound('Cette action de communication');
  await requireEventPermission(found.eventId, 'event.edit');
  return found;
}

/**
 * The vademecum's mailings at J-30, J-15 and J-7. A mailing counts as planned when the event already
 * has a newsletter action at that offset (whatever its status: a cancelled one is not brought back).
 * The event row is locked so that two clicks at once cannot both create the plan.
 */
const createDefaultPlan = action(eventRefSchema, async ({ eventId }) => {
  await requireEventPermission(eventId, 'event.edit');
  const added = await db().$transaction(async (tx) => {
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
    return count;
  });
  revalidatePlan(eventId);
  return { added };
});

const createCommunicationAction = action(createCommunicationActionSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  const created = await db().$transaction(async (tx) => {
    const { offsetDays, dueDate } = scheduleToStore(input, await loadEventDays(tx, input.eventId));
    return tx.communicationAction.create({
      data: { eventId: input.eventId, channel: input.channel, title: input.title, status: input.status, offsetDays, date: dueDate },
      select: { id: true },
    });
  });
  revalidatePlan(input.eventId);
  return { id: created.id };
});

const updateCommunicationAction = action(updateCommunicationActionSchema, async (input) => {
  const { eventId } = await requireCommunicationAction(input.actionId);
  await db().$transaction(async (tx) => {
    const { offsetDays, dueDate } = scheduleToStore(input, await loadEventDays(tx, eventId));
    await tx.communicationAction.update({
      where: { id: input.actionId, eventId },
      data: { channel: input.channel, title: input.title, status: input.status, offsetDays, date: dueDate },
    });
  });
  revalidatePlan(eventId);
  return { id: input.actionId };
});

const setCommunicationStatus = action(setCommunicationStatusSchema, async ({ actionId, status }) => {
  const { eventId } = await requireCommunicationAction(actionId);
  await db().communicationAction.update({ where: { id: actionId, eventId }, data: { status } });
  revalidatePlan(eventId);
  return { id: actionId, status };
});

const deleteCommunicationAction = action(communicationActionRefSchema, async ({ actionId }) => {
  const { eventId } = await requireCommunicationAction(actionId);
  await db().communicationAction.delete({ where: { id: actionId, eventId } });
  revalidatePlan(eventId);
  return { id: actionId };
});

export async function createDefaultCommunicationPlanAction(input: z.input<typeof eventRefSchema>) {
  return createDefaultPlan(input);
}

export async function createCommunicationActionAction(input: z.input<typeof createCommunicationActionSchema>) {
  return createCommunicationAction(input);
}

export async function updateCommunicationActionAction(input: z.input<typeof updateCommunicationActionSchema>) {
  return updateCommunicationAction(input);
}

export async function setCommunicationActionStatusAction(input: z.input<typeof setCommunicationStatusSchema>) {
  return setCommunicationStatus(input);
}

export async function deleteCommunicationActionAction(input: z.input<typeof communicationActionRefSchema>) {
  return deleteCommunicationAction(input);
}
