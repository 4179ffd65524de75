import 'server-only';
import { isOverdue, type Phase, type Stage } from '@/lib/domain/community';
import type { EventDays } from '@/lib/domain/community/due-dates';
import { currentDueDate, eventDaysOf, offsetLabel } from '@/lib/domain/community/task-schedule';
import type { CalendarDate } from '@/lib/domain/dates';
import { taskProvenDone, type LifecycleFacts } from '@/lib/domain/lifecycle/stages';
import { requireEventPermission } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { loadLifecycleFacts } from '@/lib/server/queries/lifecycle';
import { formatDay } from '@/lib/domain/dates';

/** First and last Paris day of the event: its programme days if any, else its start and end. */
export async function loadEventDays(client: Tx, eventId: string): Promise<EventDays> {
  const event = await client.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { startsAt: true, endsAt: true, days: { select: { date: true } } },
  });
  return eventDaysOf(event);
}

export type AssigneeGroup = {
  organisationId: string;
  organisationName: string;
  members: { userId: string; name: string }[];
};

/** The organiser organisations (owner first, then co-organisers that accepted) and their members: who a task can be given to. */
export async function listAssigneeGroups(client: Tx, eventId: string): Promise<AssigneeGroup[]> {
  const event = await client.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { ownerOrganisationId: true, coOrganisers: { where: { status: 'ACCEPTED' }, select: { organisationId: true } } },
  });
  const ids = [event.ownerOrganisationId, ...event.coOrganisers.map((c) => c.organisationId)];
  const organisations = await client.organisation.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      name: true,
      memberships: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: 'asc' } } },
    },
  });
  return ids.flatMap((id) => {
    const organisation = organisations.find((o) => o.id === id);
    if (!organisation) return [];
    const members = organisation.memberships.map((m) => ({ userId: m.user.id, name: m.user.name }));
    return [{ organisationId: organisation.id, organisationName: organisation.name, members }];
  });
}

type Assignee = { assigneeOrganisationId: string | null; assigneeUserId: string | null };

/** Nobody, an organiser organisation, or a member of one of them. */
export async function isOrganiserAssignee(client: Tx, eventId: string, assignee: Assignee): Promise<boolean> {
  if (assignee.assigneeOrganisationId === null) return assignee.assigneeUserId === null;
  const group = (await listAssigneeGroups(client, eventId)).find((g) => g.organisationId === assignee.assigneeOrganisationId);
  if (!group) return false;
  return assignee.assigneeUserId === null || group.members.some((m) => m.userId === assignee.assigneeUserId);
}

function assigneeLabel(groups: AssigneeGroup[], assignee: Assignee): string | null {
  const group = groups.find((g) => g.organisationId === assignee.assigneeOrganisationId);
  if (!group) return null;
  const member = group.members.find((m) => m.userId === assignee.assigneeUserId);
  return member ? `${member.name} (${group.organisationName})` : group.organisationName;
}

export type TaskView = {
  id: string;
  title: string;
  stage: Stage;
  phase: Phase;
  offsetDays: number | null;
  dueDate: CalendarDate;
  dueDateLabel: string;
  offsetLabel: string;
  fromTemplate: boolean;
  assigneeOrganisationId: string | null;
  assigneeUserId: string | null;
  assigneeLabel: string | null;
  /** Ticked, or proven done by the event's data. */
  done: boolean;
  /** Why the data proves it done (« Le programme compte 3 séances. »), computed at read time; null otherwise. */
  doneBecause: string | null;
  overdue: boolean;
};

const taskSelect = {
  id: true,
  key: true,
  title: true,
  stage: true,
  phase: true,
  offsetDays: true,
  dueDate: true,
  assigneeOrganisationId: true,
  assigneeUserId: true,
  done: true,
} as const;

type TaskRow = {
  id: string;
  key: string | null;
  title: string;
  stage: Stage;
  phase: Phase;
  offsetDays: number | null;
  dueDate: string;
  assigneeOrganisationId: string | null;
  assigneeUserId: string | null;
  done: boolean;
};

/**
 * Offsets follow the event's current dates, whatever date was stored when the task was saved.
 * A template task the event's data proves done (`facts`, see lib/domain/lifecycle) shows as done with
 * the reason, without any write.
 */
export function toTaskView(row: TaskRow, event: EventDays, groups: AssigneeGroup[], today: CalendarDate, facts: LifecycleFacts | null = null): TaskView {
  const dueDate = currentDueDate(row, event);
  const { key, ...rest } = row;
  const doneBecause = row.done || facts === null ? null : taskProvenDone(key, facts);
  const done = row.done || doneBecause !== null;
  return {
    ...rest,
    done,
    doneBecause,
    dueDate,
    dueDateLabel: formatDay(dueDate),
    offsetLabel: offsetLabel({ offsetDays: row.offsetDays, dueDate }, event),
    fromTemplate: key !== null,
    assigneeLabel: assigneeLabel(groups, row),
    overdue: isOverdue({ ...row, done, dueDate }, today),
  };
}

export type TaskBoard = { event: EventDays; tasks: TaskView[]; assignees: AssigneeGroup[] };

export async function getTaskBoard(eventId: string, today: CalendarDate): Promise<TaskBoard> {
  await requireEventPermission(eventId, 'event.read');
  const client = db();
  const [event, assignees, rows, facts] = await Promise.all([
    loadEventDays(client, eventId),
    listAssigneeGroups(client, eventId),
    client.task.findMany({ where: { eventId }, select: taskSelect, orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }] }),
    loadLifecycleFacts(client, eventId),
  ]);
  return { event, assignees, tasks: rows.map((row) => toTaskView(row, event, assignees, today, facts)) };
}

export async function getTaskForEdit(eventId: string, taskId: string, today: CalendarDate) {
  await requireEventPermission(eventId, 'event.edit');
  const client = db();
  const row = await client.task.findFirst({ where: { id: taskId, eventId }, select: taskSelect });
  if (!row) throw notFound('Cette tâche');
  const [event, assignees, facts] = await Promise.all([
    loadEventDays(client, eventId),
    listAssigneeGroups(client, eventId),
    loadLifecycleFacts(client, eventId),
  ]);
  return { task: toTaskView(row, event, assignees, today, facts), assignees };
}
