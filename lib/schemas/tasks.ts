import { textField, z } from '@/lib/schemas/zod';
import { CHANNELS, offsetDaysSchema, PHASES, STAGES, TEMPLATE_IDS } from '@/lib/domain/community';
import { parseOffsetInput } from '@/lib/domain/community/task-schedule';
import { calendarDateSchema } from '@/lib/schemas/calendar-date';

// Inputs of the tasks, communication plan and indicators pages, shared by the forms and the actions.

const eventId = z.uuid({ error: 'Événement inconnu.' });
const taskId = z.uuid({ error: 'Tâche inconnue.' });
const communicationActionId = z.uuid({ error: 'Action de communication inconnue.' });

export const TITLE_MAX_LENGTH = 200;
const title = textField({ error: 'Donnez un intitulé.' })
  .trim()
  .min(3, { error: 'Donnez un intitulé (3 caractères au moins).' })
  .max(TITLE_MAX_LENGTH, { error: `L’intitulé est trop long (${TITLE_MAX_LENGTH} caractères au plus).` });

/*
 * An échéance is either relative to the event (J-30, J, J+10: it follows the event when its dates
 * change) or a fixed date. Both travel as the text typed in the form; the output holds one of them.
 */
export const SCHEDULE_MODES = ['offset', 'date'] as const;
const scheduleFields = {
  schedule: z.enum(SCHEDULE_MODES, { error: 'Choisissez une échéance relative ou une date.' }),
  offset: textField().trim().default(''),
  date: textField().trim().default(''),
};

type ScheduleInput = { schedule: (typeof SCHEDULE_MODES)[number]; offset: string; date: string };

function checkSchedule(input: ScheduleInput, ctx: z.RefinementCtx) {
  if (input.schedule === 'date') {
    if (!calendarDateSchema.safeParse(input.date).success) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Indiquez une date valide (jj/mm/aaaa).' });
    }
    return;
  }
  const offset = parseOffsetInput(input.offset);
  if (offset === null) {
    ctx.addIssue({ code: 'custom', path: ['offset'], message: 'Indiquez un décalage comme J-30, J ou J+10.' });
    return;
  }
  const checked = offsetDaysSchema.safeParse(offset);
  if (!checked.success) ctx.addIssue({ code: 'custom', path: ['offset'], message: checked.error.issues[0]?.message ?? '' });
}

function toSchedule(input: ScheduleInput): { offsetDays: number | null; dueDate: string | null } {
  return input.schedule === 'date' ? { offsetDays: null, dueDate: input.date } : { offsetDays: parseOffsetInput(input.offset), dueDate: null };
}

/*
 * An assignee is one of the organiser organisations ("org:<id>") or one of their members
 * ("user:<organisationId>:<userId>"); the server checks that they organise this event.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ASSIGNEE = new RegExp(`^(?:org:(${UUID})|user:(${UUID}):(${UUID}))$`, 'i');
const assignee = textField()
  .default('')
  .refine((value) => value === '' || ASSIGNEE.test(value), { error: 'Choisissez une personne ou une structure de la liste.' });

export function assigneeValue(organisationId: string | null, userId: string | null): string {
  if (organisationId && userId) return `user:${organisationId}:${userId}`;
  return organisationId ? `org:${organisationId}` : '';
}

function toAssignee(value: string): { assigneeOrganisationId: string | null; assigneeUserId: string | null } {
  const match = ASSIGNEE.exec(value);
  if (!match) return { assigneeOrganisationId: null, assigneeUserId: null };
  return { assigneeOrganisationId: match[1] ?? match[2] ?? null, assigneeUserId: match[3] ?? null };
}

const taskFields = z.object({
  title,
  stage: z.enum(STAGES, { error: 'Choisissez une étape.' }),
  phase: z.enum(PHASES, { error: 'Choisissez une phase.' }),
  ...scheduleFields,
  assignee,
});

function toTask<T extends z.output<typeof taskFields>>(input: T) {
  const { schedule, offset, date, assignee: chosen, ...rest } = input;
  return { ...rest, ...toSchedule({ schedule, offset, date }), ...toAssignee(chosen) };
}

/** What the task form edits; the actions add the event (create) or the task (update). */
export const taskFormSchema = taskFields.superRefine(checkSchedule);
export type TaskFormValues = z.input<typeof taskFormSchema>;

export const createTaskSchema = taskFields.extend({ eventId }).superRefine(checkSchedule).transform(toTask);
export type CreateTaskInput = z.input<typeof createTaskSchema>;

export const updateTaskSchema = taskFields.extend({ taskId }).superRefine(checkSchedule).transform(toTask);
export type UpdateTaskInput = z.input<typeof updateTaskSchema>;

export const taskRefSchema = z.object({ taskId });
export const setTaskDoneSchema = z.object({ taskId, done: z.boolean() });

export const applyTemplateSchema = z.object({
  eventId,
  templateId: z.enum(TEMPLATE_IDS, { error: 'Choisissez un modèle de la liste.' }),
});

/** The database's statuses; the page says « prévu / fait / annulé ». */
export const ACTION_STATUSES = ['PLANNED', 'DONE', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { PLANNED: 'Prévu', DONE: 'Fait', CANCELLED: 'Annulé' };

const communicationFields = z.object({
  title,
  channel: z.enum(CHANNELS, { error: 'Choisissez un canal.' }),
  ...scheduleFields,
  status: z.enum(ACTION_STATUSES, { error: 'Choisissez un statut.' }),
});

function toCommunicationAction<T extends z.output<typeof communicationFields>>(input: T) {
  const { schedule, offset, date, ...rest } = input;
  return { ...rest, ...toSchedule({ schedule, offset, date }) };
}

export const communicationFormSchema = communicationFields.superRefine(checkSchedule);
export type CommunicationFormValues = z.input<typeof communicationFormSchema>;

export const createCommunicationActionSchema = communicationFields
  .extend({ eventId })
  .superRefine(checkSchedule)
  .transform(toCommunicationAction);
export type CreateCommunicationActionInput = z.input<typeof createCommunicationActionSchema>;

export const updateCommunicationActionSchema = communicationFields
  .extend({ actionId: communicationActionId })
  .superRefine(checkSchedule)
  .transform(toCommunicationAction);
export type UpdateCommunicationActionInput = z.input<typeof updateCommunicationActionSchema>;

export const communicationActionRefSchema = z.object({ actionId: communicationActionId });
export const setCommunicationStatusSchema = z.object({
  actionId: communicationActionId,
  status: z.enum(ACTION_STATUSES, { error: 'Choisissez un statut.' }),
});
export const eventRefSchema = z.object({ eventId });
