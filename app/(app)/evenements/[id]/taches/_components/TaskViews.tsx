import Link from 'next/link';
import { groupByStage, groupByWeek, overdueTasks, STAGE_QUESTIONS } from '@/lib/domain/community';
import type { CalendarDate } from '@/lib/domain/dates';
import type { TaskView } from '@/lib/server/queries/tasks';
import { TaskItem } from './TaskItem';
import { formatDay } from '@/lib/domain/dates';

export const TASK_VIEWS = [
  { id: 'etape', label: 'Par étape' },
  { id: 'semaine', label: 'Par semaine' },
  { id: 'retard', label: 'En retard' },
] as const;
export type TaskViewId = (typeof TASK_VIEWS)[number]['id'];

export function parseTaskView(value: string | string[] | undefined): TaskViewId {
  return TASK_VIEWS.find((view) => view.id === value)?.id ?? 'etape';
}

/** Links, not tabs: each view has its own address (?vue=…), so it can be shared and kept on reload. */
export function TaskViewSwitcher(props: { eventId: string; current: TaskViewId; overdueCount: number }) {
  return (
    <nav aria-label="Vues de la liste de tâches">
      <ul className="flex flex-wrap gap-1 border-b border-slate-300">
        {TASK_VIEWS.map((view) => {
          const current = view.id === props.current;
          return (
            <li key={view.id}>
              <Link
                href={`/evenements/${props.eventId}/taches?vue=${view.id}`}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded-t-md px-4 py-2 font-medium ${current ? 'border-b-4 border-brand-700 text-brand-800' : 'text-slate-800 hover:bg-slate-100'}`}
              >
                {view.label}
                {view.id === 'retard' ? ` (${props.overdueCount})` : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function TaskGroup(props: { id: string; title: string; subtitle?: string; tasks: TaskView[]; eventId: string; showStage?: boolean; empty: string }) {
  return (
    <section aria-labelledby={props.id} className="rounded-lg bg-white p-5 shadow">
      <h3 id={props.id} className="text-xl font-semibold">
        {props.title} <span className="text-base font-normal text-slate-700">({props.tasks.length})</span>
      </h3>
      {props.subtitle ? <p className="text-slate-700">{props.subtitle}</p> : null}
      {props.tasks.length === 0 ? (
        <p className="mt-2 text-slate-700">{props.empty}</p>
      ) : (
        <ul className="mt-2">
          {props.tasks.map((task) => (
            <TaskItem key={task.id} task={task} eventId={props.eventId} showStage={props.showStage} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function TaskViewContent(props: { view: TaskViewId; tasks: TaskView[]; eventId: string; today: CalendarDate }) {
  const { view, tasks, eventId, today } = props;
  if (view === 'retard') {
    return (
      <TaskGroup
        id="vue-retard"
        title="Tâches en retard"
        subtitle="Pas encore faites, et leur échéance est passée."
        tasks={overdueTasks(tasks, today)}
        eventId={eventId}
        showStage
        empty="Aucune tâche en retard."
      />
    );
  }
  if (view === 'semaine') {
    const { weeks } = groupByWeek(tasks);
    if (weeks.length === 0) return <p className="rounded-lg bg-white p-5 shadow">Aucune tâche pour le moment.</p>;
    return (
      <div className="flex flex-col gap-4">
        {weeks.map((week) => {
          const current = week.monday <= today && today <= week.sunday;
          return (
            <TaskGroup
              key={week.monday}
              id={`semaine-${week.monday}`}
              title={`Semaine ${week.week}${current ? ' — cette semaine' : ''}`}
              subtitle={`Du ${formatDay(week.monday)} au ${formatDay(week.sunday)}`}
              tasks={week.tasks}
              eventId={eventId}
              showStage
              empty=""
            />
          );
        })}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {groupByStage(tasks).map((group) => (
        <TaskGroup
          key={group.stage}
          id={`etape-${group.stage.toLowerCase()}`}
          title={group.label}
          subtitle={STAGE_QUESTIONS[group.stage]}
          tasks={group.tasks}
          eventId={eventId}
          empty="Aucune tâche à cette étape."
        />
      ))}
    </div>
  );
}
