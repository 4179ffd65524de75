import type { ReactNode } from 'react';

/**
 * A labelled form control with its hint and error. The control receives `id`, `aria-describedby`
 * and `aria-invalid` through the render prop so screen readers announce the error with the field.
 */
export function Field(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="font-medium">
        {props.label}
        {props.required ? <span aria-hidden="true" className="text-accent-600"> *</span> : null}
      </label>
      {props.hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
      {props.children({ id: props.id, 'aria-describedby': describedBy, 'aria-invalid': props.error ? true : undefined })}
      <p id={errorId} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {props.error}
      </p>
    </div>
  );
}

export const inputClass =
  'w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-700';
