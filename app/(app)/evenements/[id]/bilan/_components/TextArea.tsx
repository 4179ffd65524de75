'use client';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';

/** A labelled textarea or number field bound to react-hook-form, with its hint and error. */
export function FormText<V extends FieldValues>({
  form,
  name,
  id,
  label,
  hint,
  rows = 4,
  numeric = false,
}: {
  form: UseFormReturn<V, unknown, V>;
  name: Path<V>;
  id: string;
  label: string;
  hint?: string;
  rows?: number;
  numeric?: boolean;
}) {
  const error = errorMessage(form.formState.errors[name]);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) =>
        numeric ? (
          <input {...control} {...form.register(name)} inputMode="numeric" className={`${inputClass} max-w-32`} />
        ) : (
          <textarea {...control} {...form.register(name)} rows={rows} className={inputClass} />
        )
      }
    </Field>
  );
}
