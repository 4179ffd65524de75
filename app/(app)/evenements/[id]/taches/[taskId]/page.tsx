import type { Metadata } from 'next';
import Link from 'next/link';
import { assigneeValue } from '@/lib/schemas/tasks';
import { parisDay } from '@/lib/domain/dates';
import { getTaskForEdit } from '@/lib/server/queries/tasks';
import { DeleteButton } from '../_components/DeleteButton';
import { TaskForm } from '../_components/TaskForm';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Modifier une tâche' };

export default async function EditTaskPage({ params }: { params: Promise<{ id: string; taskId: string }> }) {
  const { id, taskId } = await params;
  pageId(id);
  pageId(taskId);
  const { task, assignees } = await getTaskForEdit(id, taskId, parisDay(new Date())).catch(pageError);
  const listPath = `/evenements/${id}/taches`;
  return (
    <section aria-labelledby="modifier-titre" className="flex flex-col gap-4">
      <p>
        <Link href={listPath} className="font-medium text-brand-700 underline underline-offset-4">
          ← Retour aux tâches
        </Link>
      </p>
      <div className="rounded-lg bg-white p-5 shadow">
        <h2 id="modifier-titre" className="mb-1 text-2xl font-semibold">
          Modifier la tâche
        </h2>
        <p className="mb-4 text-slate-700">
          {task.fromTemplate ? 'Tâche issue d’un modèle. ' : ''}
          Échéance actuelle : {task.offsetLabel}, {task.dueDateLabel}.
        </p>
        <TaskForm
          mode="edit"
          eventId={id}
          taskId={task.id}
          assignees={assignees}
          defaultValues={{
            title: task.title,
            stage: task.stage,
            phase: task.phase,
            schedule: task.offsetDays === null ? 'date' : 'offset',
            offset: task.offsetDays === null ? '' : task.offsetLabel,
            date: task.offsetDays === null ? task.dueDate : '',
            assignee: assigneeValue(task.assigneeOrganisationId, task.assigneeUserId),
          }}
        />
      </div>
      <div className="rounded-lg bg-white p-5 shadow">
        <h2 className="mb-2 text-xl font-semibold">Supprimer la tâche</h2>
        <DeleteButton kind="task" id={task.id} title={task.title} backPath={listPath} />
      </div>
    </section>
  );
}
