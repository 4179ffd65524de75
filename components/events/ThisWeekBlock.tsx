import Link from 'next/link';
import { formatDay, parisDay } from '@/lib/domain/dates';
import { getThisWeekOfCurrentOrganisation } from '@/lib/server/queries/this-week';
import type { TaskView } from '@/lib/server/queries/tasks';

const OVERDUE_SHOWN = 5;

function TaskLine({ task, inLateList = false }: { task: TaskView; inLateList?: boolean }) {
  const state = task.done ? ' (faite)' : task.overdue && !inLateList ? ' (en retard)' : '';
  return (
    <li className="flex items-baseline gap-2">
      <span className="min-w-12 shrink-0 whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-center text-sm font-semibold">{task.offsetLabel}</span>
      <span className="min-w-0">
        <span className={task.done ? 'text-slate-700' : 'font-medium'}>{task.title}</span>
        <span className="block text-sm text-slate-700">
          {task.dueDateLabel}
          {state}
        </span>
      </span>
    </li>
  );
}

/** The dashboard's « Cette semaine »: per event, the tasks due Monday to Sunday (Paris) and the late ones. */
export async function ThisWeekBlock() {
  const today = parisDay(new Date());
  const { monday, sunday, events } = await getThisWeekOfCurrentOrganisation(today);
  return (
    <section aria-labelledby="cette-semaine-titre" className="mt-8">
      <h2 id="cette-semaine-titre" className="text-2xl font-semibold">
        Cette semaine
      </h2>
      <p className="mb-3 text-slate-700">
        Du {formatDay(monday)} au {formatDay(sunday)}
      </p>
      {events.length === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow">Aucune tâche à échéance cette semaine, et aucune en retard.</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {events.map((event) => {
            const tasksPath = `/evenements/${event.eventId}/taches`;
            return (
              <li key={event.eventId} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow">
                <h3 className="text-lg font-semibold">
                  <Link href={`${tasksPath}?vue=semaine`} className="text-brand-700 underline-offset-4 hover:underline">
                    {event.title}
                  </Link>
                </h3>
                <h4 className="font-semibold">À faire cette semaine ({event.thisWeek.length})</h4>
                {event.thisWeek.length === 0 ? (
                  <p className="text-slate-700">Rien cette semaine.</p>
                ) : (
                  <ul className="flex flex-col gap-1">
                    {event.thisWeek.map((task) => (
                      <TaskLine key={task.id} task={task} />
                    ))}
                  </ul>
                )}
                {event.overdue.length > 0 ? (
                  <>
                    <h4 className="font-semibold text-red-800">En retard ({event.overdue.length})</h4>
                    <ul className="flex flex-col gap-1">
                      {event.overdue.slice(0, OVERDUE_SHOWN).map((task) => (
                        <TaskLine key={task.id} task={task} inLateList />
                      ))}
                    </ul>
                    <p>
                      <Link href={`${tasksPath}?vue=retard`} className="font-medium text-brand-700 underline underline-offset-4">
                        Voir les {event.overdue.length} tâches en retard de « {event.title} »
                      </Link>
                    </p>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
