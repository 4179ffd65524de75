'use client';
import { useRouter } from 'next/navigation';
import { useOptimistic, useState, useTransition } from 'react';
import { selectVerbatimAction } from '@/lib/server/actions/questionnaire';

type Verbatim = { id: string; text: string; selected: boolean };

function VerbatimItem({ eventId, verbatim, index, canEdit }: { eventId: string; verbatim: Verbatim; index: number; canEdit: boolean }) {
  const router = useRouter();
  const [selected, setSelected] = useOptimistic(verbatim.selected);
  const [, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const id = `verbatim-${index}`;
  const toggle = (next: boolean) =>
    start(async () => {
      setError(null);
      setSelected(next);
      const result = await selectVerbatimAction({ eventId, responseId: verbatim.id, selected: next });
      if (!result.ok) setError(result.error);
      router.refresh();
    });
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
      <blockquote id={`${id}-text`} className="border-l-4 border-brand-600 pl-3 italic text-slate-900">
        « {verbatim.text} »
      </blockquote>
      {canEdit ? (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => toggle(e.target.checked)}
            aria-describedby={`${id}-text ${id}-error`}
            className="h-5 w-5 accent-brand-700"
          />
          Retenir pour le bilan
        </label>
      ) : selected ? (
        <p className="text-sm font-medium">Retenue pour le bilan</p>
      ) : null}
      <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
        {error}
      </p>
    </li>
  );
}

/** Quotes given with consent; the ones ticked go into the bilan. */
export function VerbatimList({ eventId, verbatims, canEdit }: { eventId: string; verbatims: Verbatim[]; canEdit: boolean }) {
  if (verbatims.length === 0) return <p className="text-slate-700">Aucune citation avec accord pour le moment.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {verbatims.map((v, i) => (
        <VerbatimItem key={v.id} eventId={eventId} verbatim={v} index={i} canEdit={canEdit} />
      ))}
    </ul>
  );
}
