'use server';
import type { z } from 'zod';
import { expandTemplate } from '@/lib/domain/community';
import { scheduleToStore } from '@/lib/domain/community/task-schedule';
import {
  applyTemplateSchema,
  createTaskSchema,
  setTaskDoneSchema,
  taskRefSchema,
  updateTaskSchema,
} from '@/lib/schemas/tasks';
import { action, FieldError, revalidate } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { isOrganiserAssignee, loadEventDays } from '@/lib/server/queries/tasks';

function revalidateTasks(eventId: string) {
  revalidate(`/evenements/${eventId}/taches`, 'layout');
  revalidate('/');
}

/** A task is reached through its event: an outsider gets "not found", as for the event itself. */
async function requireTask(taskId: string) {
  const task = await db().task.findUnique({ where: { id: taskId }, select: { id: true, eventId: true } });
  if (!task) throw notFound('Cette tâche');
  await requireEventPermission(task.eventId, 'event.edit');
  return task;
}

async function checkAssignee(tx: Tx, eventId: string, input: { assigneeOrganisationId: string | null; assigneeUserId: string | null }) {
  if (!(await isOrganiserAssignee(tx, eventId, input))) {
    throw new FieldError('assignee', 'Choisissez une personne ou une structure parmi les organisateurs de l’événement.');
  }
}

/**
 * Fills the event with a template's tasks. Keys already there are skipped (expandTemplate), and the
 * unique (eventId, key) index with skipDuplicates keeps a concurrent second click from adding any.
 */
const applyTaskTemplate = action(applyTemplateSchema, async ({ eventId, templateId }) => {
  await requireEventPermission(eventId, 'event.edit');
  const added = await db().$transaction(async (tx) => {
    const event = await loadEventDays(tx, eventId);
    const existing = await tx.task.findMany({ where: { eventId, key: { not: null } }, select: { key: true } });
    const planned = expandTemplate(templateId, event, existing.flatMap((task) => (task.key ? [task.key] : [])));
    const { count } = await tx.task.createMany({
      data: planned.map((task) => ({
        eventId,
        key: task.key,
        title: task.title,
        stage: task.stage,
        phase: task.phase,
        offsetDays: task.offsetDays,
        dueDate: task.dueDate,
      })),
      skipDuplicates: true,
    });
    return count;
  });
  revalidateTasks(eventId);
  return { added };
});

const createTask = action(createTaskSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  const task = await db().$transaction(async (tx) => {
    await checkAssignee(tx, input.eventId, input);
    const schedule = scheduleToStore(input, await loadEventDays(tx, input.eventId));
    return tx.task.create({
      data: {
        eventId: input.eventId,
        title: input.title,
        stage: input.stage,
        phase: input.phase,
        ...schedule,
        assigneeOrganisationId: input.assigneeOrganisationId,
        assigneeUserId: input.assigneeUserId,
      },
      select: { id: true },
    });
  });
  revalidateTasks(input.eventId);
  return { id: task.id };
});

/** The due date is recomputed from the offset on every save, with the event's current dates. */
const updateTask = action(updateTaskSchema, async (input) => {
  const { eventId } = await requireTask(input.taskId);
  await db().$transaction(async (tx) => {
    await checkAssignee(tx, eventId, input);
    const schedule = scheduleToStore(input, await loadEventDays(tx, eventId));
    await tx.task.update({
      where: { id: input.taskId, eventId },
      data: {
        title: input.title,
        stage: input.stage,
        phase: input.phase,
        ...schedule,
        assigneeOrganisationId: input.assigneeOrganisationId,
        assigneeUserId: input.assigneeUserId,
      },
    });
  });
  revalidateTasks(eventId);
  return { id: input.taskId };
});

const deleteTask = action(taskRefSchema, async ({ taskId }) => {
  const { eventId } = await requireTask(taskId);
  await db().task.delete({ where: { id: taskId, eventId } });
  revalidateTasks(eventId);
  return { id: taskId };
});

const setTaskDone = action(setTaskDoneSchema, async ({ taskId, done }) => {
  const { eventId } = await requireTask(taskId);
  await db().task.update({ where: { id: taskId, eventId }, data: { done, doneAt: done ? new Date() : null } });
  revalidateTasks(eventId);
  return { id: taskId, done };
});

export async function applyTaskTemplateAction(input: z.input<typeof applyTemplateSchema>) {
  return applyTaskTemplate(input);
}

export async function createTaskAction(input: z.input<typeof createTaskSchema>) {
  return createTask(input);
}

export async function updateTaskAction(input: z.input<typeof updateTaskSchema>) {
  return updateTask(input);
}

export async function deleteTaskAction(input: z.input<typeof taskRefSchema>) {
  return deleteTask(input);
}

export async function setTaskDoneAction(input: z.input<typeof setTaskDoneSchema>) {
  return setTaskDone(input);
}
