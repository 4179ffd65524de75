import Link from 'next/link';
import { PHASE_LABELS, STAGE_LABELS } from '@/lib/domain/community';
import type { TaskView } from '@/lib/server/queries/tasks';
import { TaskDoneToggle } from './TaskDoneToggle';

/** One task: its checkbox and title, then when it is due, its phase and who carries it. */
export function TaskItem({ task, eventId, showStage = false }: { task: TaskView; eventId: string; showStage?: boolean }) {
  const inputId = `tache-${task.id}`;
  const metaId = `${inputId}-details`;
  return (
    <li className="border-b border-slate-200 py-3 last:border-b-0">
      <TaskDoneToggle taskId={task.id} done={task.done} locked={task.doneBecause !== null} inputId={inputId} describedBy={metaId}>
        <div className="flex items-baseline justify-between gap-4">
          <label htmlFor={inputId} className={`min-w-0 flex-1 font-medium ${task.done ? 'text-slate-700' : 'text-slate-900'}`}>
            {task.title}
          </label>
          <Link
            href={`/evenements/${eventId}/taches/${task.id}`}
            aria-label={`Modifier la tâche « ${task.title} »`}
            className="no-print shrink-0 text-sm font-medium text-brand-700 underline underline-offset-4"
          >
            Modifier
          </Link>
        </div>
        <p id={metaId} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
          <span className="rounded bg-slate-100 px-1.5 py-0.5 font-semibold text-slate-900">{task.offsetLabel}</span>
          <span>
            {task.offsetDays === null ? 'Date fixe : ' : 'Échéance : '}
            {task.dueDateLabel}
          </span>
          {task.overdue ? <span className="rounded bg-red-50 px-1.5 py-0.5 font-semibold text-red-800">En retard</span> : null}
          {task.done ? <span className="rounded bg-green-50 px-1.5 py-0.5 font-semibold text-green-800">Faite</span> : null}
          {task.doneBecause ? <span className="text-green-800">D’après les données de l’événement : {task.doneBecause}</span> : null}
          <span>{PHASE_LABELS[task.phase]} l’événement</span>
          {showStage ? <span>Étape : {STAGE_LABELS[task.stage]}</span> : null}
          <span>{task.assigneeLabel ? `Confiée à ${task.assigneeLabel}` : 'À attribuer'}</span>
        </p>
      </TaskDoneToggle>
    </li>
  );
}
