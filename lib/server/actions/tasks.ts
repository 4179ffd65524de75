'use server';
import { expandTemplate } from '@/lib/domain/community';
import { scheduleToStore } from '@/lib/domain/community/task-schedule';
import {
  applyTemplateSchema,
  createTaskSchema,
  setTaskDoneSchema,
  taskRefSchema,
  updateTaskSchema,
} from '@/lib/schemas/tasks';
import { eventAction, FieldError, type Revalidate } from '@/lib/server/action';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { isOrganiserAssignee, loadEventDays } from '@/lib/server/queries/tasks';

function revalidateTasks(revalidate: Revalidate, eventId: string) {
  revalidate(`/evenements/${eventId}/taches`, 'layout');
  revalidate('/');
}

/** A task is reached through its event: an outsider gets "not found", as for the event itself. */
const eventOfTask = async ({ taskId }: { taskId: string }) => {
  const task = await db().task.findUnique({ where: { id: taskId }, select: { eventId: true } });
  if (!task) throw notFound('Cette tâche');
  return task.eventId;
};

async function checkAssignee(tx: Tx, eventId: string, input: { assigneeOrganisationId: string | null; assigneeUserId: string | null }) {
  if (!(await isOrganiserAssignee(tx, eventId, input))) {
    throw new FieldError('assignee', 'Choisissez une personne ou une structure parmi les organisateurs de l’événement.');
  }
}

/**
 * Fills the event with a template's tasks. Keys already there are skipped (expandTemplate), and the
 * unique (eventId, key) index with skipDuplicates keeps a concurrent second click from adding any.
 */
export const applyTaskTemplateAction = eventAction(applyTemplateSchema, 'event.edit', async ({ input: { eventId, templateId }, tx, revalidate }) => {
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
  revalidateTasks(revalidate, eventId);
  return { added: count };
});

export const createTaskAction = eventAction(createTaskSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await checkAssignee(tx, input.eventId, input);
  const schedule = scheduleToStore(input, await loadEventDays(tx, input.eventId));
  const task = await tx.task.create({
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
  revalidateTasks(revalidate, input.eventId);
  return { id: task.id };
});

/** The due date is recomputed from the offset on every save, with the event's current dates. */
export const updateTaskAction = eventAction(
  updateTaskSchema,
  'event.edit',
  async ({ input, event, tx, revalidate }) => {
    await checkAssignee(tx, event.id, input);
    const schedule = scheduleToStore(input, await loadEventDays(tx, event.id));
    await tx.task.update({
      where: { id: input.taskId, eventId: event.id },
      data: {
        title: input.title,
        stage: input.stage,
        phase: input.phase,
        ...schedule,
        assigneeOrganisationId: input.assigneeOrganisationId,
        assigneeUserId: input.assigneeUserId,
      },
    });
    revalidateTasks(revalidate, event.id);
    return { id: input.taskId };
  },
  { eventOf: eventOfTask },
);

export const deleteTaskAction = eventAction(
  taskRefSchema,
  'event.edit',
  async ({ input: { taskId }, event, tx, revalidate }) => {
    await tx.task.delete({ where: { id: taskId, eventId: event.id } });
    revalidateTasks(revalidate, event.id);
    return { id: taskId };
  },
  { eventOf: eventOfTask },
);

export const setTaskDoneAction = eventAction(
  setTaskDoneSchema,
  'event.edit',
  async ({ input: { taskId, done }, event, tx, revalidate }) => {
    await tx.task.update({ where: { id: taskId, eventId: event.id }, data: { done, doneAt: done ? new Date() : null } });
    revalidateTasks(revalidate, event.id);
    return { id: taskId, done };
  },
  { eventOf: eventOfTask },
);
