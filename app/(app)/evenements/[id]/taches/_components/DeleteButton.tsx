'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { deleteCommunicationActionAction } from '@/lib/server/actions/communication';
import { deleteTaskAction } from '@/lib/server/actions/tasks';

const KINDS = {
  task: { remove: (id: string) => deleteTaskAction({ taskId: id }), keep: 'Non, garder la tâche', start: 'Supprimer la tâche' },
  communication: {
    remove: (id: string) => deleteCommunicationActionAction({ actionId: id }),
    keep: 'Non, garder l’action',
    start: 'Supprimer l’action',
  },
} as const;

/** Two steps, both buttons: deleting cannot happen on a stray click. */
export function DeleteButton(props: { kind: keyof typeof KINDS; id: string; title: string; backPath: string }) {
  const kind = KINDS[props.kind];
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function remove() {
    startTransition(async () => {
      const result = await kind.remove(props.id);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      router.push(props.backPath);
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="font-medium">Supprimer définitivement « {props.title} » ?</p>
          <button
            type="button"
            onClick={remove}
            disabled={pending}
            className="inline-flex items-center rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:bg-slate-400"
          >
            Oui, supprimer
          </button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)} autoFocus>
            {kind.keep}
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)} className="self-start">
          {kind.start}
        </Button>
      )}
    </div>
  );
}
