'use client';
import { useId } from 'react';

/**
 * The box that confirms an action made before the event's end (see lib/domain/lifecycle/timing): its
 * label states the risk. Unticked, the server refuses and says why.
 */
export function EarlyConfirmation({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex items-start gap-3 rounded-md border border-amber-700 bg-amber-50 p-3 text-slate-900">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
