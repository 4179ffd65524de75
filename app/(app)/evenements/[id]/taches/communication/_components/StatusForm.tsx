'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionStatus } from '@/lib/schemas/tasks';
import { setCommunicationActionStatusAction } from '@/lib/server/actions/communication';

/** Status of one action: a labelled select and an explicit button (no save on every arrow key). */
export function StatusForm(props: { actionId: string; title: string; status: ActionStatus }) {
  const router = useRouter();
  const [status, setStatus] = useState<ActionStatus>(props.status);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const selectId = `statut-${props.actionId}`;
  function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    startTransition(async () => {
      const result = await setCommunicationActionStatusAction({ actionId: props.actionId, status });
      if (result.ok) setSaved(true);
      else setError(result.error);
      router.refresh();
    });
  }
  return (
    <form onSubmit={save} noValidate className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        Statut de « {props.title} »
      </label>
      <select
        id={selectId}
        value={status}
        onChange={(event) => {
          setStatus(event.target.value as ActionStatus);
          setSaved(false);
        }}
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-base shadow-sm"
      >
        {ACTION_STATUSES.map((value) => (
          <option key={value} value={value}>
            {ACTION_STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending || status === props.status}
        aria-label={`Enregistrer le statut de « ${props.title} »`}
        className="rounded-md border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:border-slate-300 disabled:text-slate-600"
      >
        Enregistrer
      </button>
      <p role="status" className="text-sm text-green-800">
        {saved ? 'Enregistré' : null}
      </p>
      <p role="alert" className="w-full text-sm font-medium text-red-700">
        {error}
      </p>
    </form>
  );
}
