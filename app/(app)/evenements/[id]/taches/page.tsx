import type { Metadata } from 'next';
import { overdueTasks } from '@/lib/domain/community';
import { formatDay, parisDay } from '@/lib/domain/dates';
import { getTaskBoard } from '@/lib/server/queries/tasks';
import { ApplyTemplateForm } from './_components/ApplyTemplateForm';
import { TaskForm } from './_components/TaskForm';
import { parseTaskView, TaskViewContent, TaskViewSwitcher } from './_components/TaskViews';
import { plural } from '@/lib/domain/format/french';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Tâches' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ vue?: string | string[] }> };

export default async function TasksPage({ params, searchParams }: Props) {
  const id = pageId((await params).id);
  const view = parseTaskView((await searchParams).vue);
  const today = parisDay(new Date());
  const board = await getTaskBoard(id, today).catch(pageError);
  const done = board.tasks.filter((task) => task.done).length;
  const overdue = overdueTasks(board.tasks, today).length;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="modele-titre" className="no-print rounded-lg bg-white p-5 shadow">
        <h2 id="modele-titre" className="mb-1 text-xl font-semibold">
          Partir d’un modèle
        </h2>
        <p className="mb-3 text-slate-700">
          Les listes du vademecum RéZolutions numériques et du webinaire LE BOUQUET. Appliquer un modèle n’ajoute que les tâches
          absentes : rien n’est créé en double.
        </p>
        <ApplyTemplateForm eventId={id} />
      </section>
      <section aria-labelledby="taches-titre" className="flex flex-col gap-4">
        <div>
          <h2 id="taches-titre" className="text-2xl font-semibold">
            Tâches
          </h2>
          <p className="text-slate-700">
            Les échéances se comptent depuis le premier jour ({formatDay(board.event.firstDay)}) ; celles d’après
            l’événement depuis le dernier ({formatDay(board.event.lastDay)}). Une échéance d’avant qui tombe un week-end
            est avancée au vendredi, une échéance d’après repoussée au lundi.
          </p>
          <p className="mt-1 font-medium">
            {plural(board.tasks.length, { one: 'tâche', other: 'tâches' })} · {plural(done, { one: 'faite', other: 'faites' })} · {overdue} en retard
          </p>
        </div>
        <TaskViewSwitcher eventId={id} current={view} overdueCount={overdue} />
        {board.tasks.length === 0 ? (
          <p className="rounded-lg bg-white p-5 shadow">
            Aucune tâche pour le moment : partez d’un modèle ci-dessus ou ajoutez vos tâches à la main ci-dessous.
          </p>
        ) : (
          <TaskViewContent view={view} tasks={board.tasks} eventId={id} today={today} />
        )}
      </section>
      <section aria-labelledby="ajout-titre" className="no-print rounded-lg bg-white p-5 shadow">
        <h2 id="ajout-titre" className="mb-3 text-xl font-semibold">
          Ajouter une tâche
        </h2>
        <TaskForm mode="create" eventId={id} assignees={board.assignees} />
      </section>
    </div>
  );
}
