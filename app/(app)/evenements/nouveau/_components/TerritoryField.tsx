'use client';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
// The diagnostic's combobox over /api/territoires, reused as is.
import { TerritoryCombobox } from '@/app/(app)/diagnostic/_components/TerritoryCombobox';
import type { EventFormApi } from './form-types';

/**
 * The event's territory: optional. A territory already chosen (on edit) is shown as text with a
 * button to search another one, since the combobox cannot start from a value.
 */
export function TerritoryField({ form, initialLabel }: { form: EventFormApi; initialLabel: string | null }) {
  const { field, fieldState } = useController({ control: form.control, name: 'territory' });
  const [shownLabel, setShownLabel] = useState(field.value ? initialLabel : null);
  const hint = 'Facultatif. Commune, EPCI, département ou région : tapez au moins deux lettres. Il sert à repérer les autres événements du territoire.';
  if (shownLabel && field.value) {
    return (
      <Field id="event-territory" label="Territoire" hint={hint} error={errorMessage(fieldState.error)}>
        {(control) => (
          <div className="flex flex-wrap items-center gap-3">
            <input {...control} ref={field.ref} type="text" readOnly value={shownLabel} className={`${inputClass} max-w-md bg-slate-100`} />
            <button
              type="button"
              className="rounded-md border border-brand-700 px-3 py-2 font-medium text-brand-700 hover:bg-brand-50"
              onClick={() => {
                setShownLabel(null);
                field.onChange(null);
              }}
            >
              Changer ou retirer le territoire
            </button>
          </div>
        )}
      </Field>
    );
  }
  return (
    <Field id="event-territory" label="Territoire" hint={hint} error={errorMessage(fieldState.error)}>
      {(control) => (
        <TerritoryCombobox control={control} ref={field.ref} onChange={(choice) => field.onChange(choice ?? null)} onBlur={field.onBlur} />
      )}
    </Field>
  );
}
