import 'server-only';
import { overdueTasks, tasksDueThisWeek } from '@/lib/domain/community';
import { eventDaysOf } from '@/lib/domain/community/task-schedule';
import { addCalendarDays, startOfIsoWeek, type CalendarDate } from '@/lib/domain/dates';
import { requireViewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { loadLifecycleFacts } from '@/lib/server/queries/lifecycle';
import { listAssigneeGroups, toTaskView, type TaskView } from '@/lib/server/queries/tasks';

export type ThisWeekEvent = {
  eventId: string;
  title: string;
  thisWeek: TaskView[];
  overdue: TaskView[];
};

export type ThisWeek = { monday: CalendarDate; sunday: CalendarDate; events: ThisWeekEvent[] };

/**
 * The dashboard's « Cette semaine »: for each event the current organisation owns or co-organises,
 * the tasks due this week (Monday to Sunday, Paris) and the ones already late.
 * Events with nothing to show are left out.
 */
export async function getThisWeekOfCurrentOrganisation(today: CalendarDate): Promise<ThisWeek> {
  const { current } = await requireViewer();
  const client = db();
  const events = await client.event.findMany({
    where: {
      OR: [{ ownerOrganisationId: current.organisationId }, { coOrganisers: { some: { organisationId: current.organisationId, status: 'ACCEPTED' } } }],
      tasks: { some: {} },
    },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      days: { select: { date: true } },
      tasks: {
        select: {
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
        },
      },
    },
  });
  const result: ThisWeekEvent[] = [];
  for (const event of events) {
    const days = eventDaysOf(event);
    const [groups, facts] = await Promise.all([listAssigneeGroups(client, event.id), loadLifecycleFacts(client, event.id)]);
    // Tasks the data proves done are neither due this week nor late.
    const tasks = event.tasks.map((task) => toTaskView(task, days, groups, today, facts));
    const thisWeek = tasksDueThisWeek(tasks, today);
    const overdue = overdueTasks(tasks, today).filter((task) => !thisWeek.includes(task));
    if (thisWeek.length > 0 || overdue.length > 0) result.push({ eventId: event.id, title: event.title, thisWeek, overdue });
  }
  const monday = startOfIsoWeek(today);
  return { monday, sunday: addCalendarDays(monday, 6), events: result };
}
