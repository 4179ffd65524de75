'use client';
import { useRouter } from 'next/navigation';
import { useOptimistic, useState, useTransition, type ReactNode } from 'react';
import { setTaskDoneAction } from '@/lib/server/actions/tasks';

/**
 * A real checkbox: Space ticks it, its label is the task's title (in `children`, a label `htmlFor`
 * this id) and its description the due date. The tick shows at once; a refusal puts it back.
 */
export function TaskDoneToggle(props: {
  taskId: string;
  done: boolean;
  /** Proven done by the event's data (see toTaskView): shown ticked, not to be unticked by hand. */
  locked?: boolean;
  inputId: string;
  describedBy: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [done, setDone] = useOptimistic(props.done);
  const [, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorId = `${props.inputId}-error`;

  function toggle(next: boolean) {
    setError(null);
    startTransition(async () => {
      setDone(next);
      const result = await setTaskDoneAction({ taskId: props.taskId, done: next });
      if (!result.ok) setError(result.error);
      router.refresh();
    });
  }

  return (
    <div className="flex items-start gap-3">
      <input
        id={props.inputId}
        type="checkbox"
        checked={done}
        disabled={props.locked}
        onChange={(event) => toggle(event.target.checked)}
        aria-describedby={error ? `${props.describedBy} ${errorId}` : props.describedBy}
        className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        {props.children}
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      </div>
    </div>
  );
}
