'use client';
import { useWatch } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { EVENT_MODE_HINTS, EVENT_MODE_LABELS, EVENT_MODES, isRemote } from '@/lib/domain/events/mode';
import { legendClass, sectionClass, type EventFormApi } from './form-types';

/** Présentiel, distanciel or hybride; a remote event needs its visio link. */
export function ModeFieldset({ form }: { form: EventFormApi }) {
  const mode = useWatch({ control: form.control, name: 'mode' });
  const errors = form.formState.errors;
  return (
    <fieldset className={sectionClass}>
      <legend className={legendClass}>Mode</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {EVENT_MODES.map((value) => (
          <div key={value} className="flex gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input
              id={`event-mode-${value}`}
              type="radio"
              value={value}
              {...form.register('mode')}
              aria-describedby={`event-mode-${value}-hint`}
              className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
            />
            <div>
              <label htmlFor={`event-mode-${value}`} className="font-medium">
                {EVENT_MODE_LABELS[value]}
              </label>
              <p id={`event-mode-${value}-hint`} className="text-sm text-slate-700">
                {EVENT_MODE_HINTS[value]}
              </p>
            </div>
          </div>
        ))}
      </div>
      {isRemote(mode) ? (
        <Field
          id="event-visio"
          label="Lien de la visioconférence"
          hint="Un lien https://… ; pensez à la licence de l’outil dans le budget."
          error={errorMessage(errors.visioUrl)}
          required
        >
          {(control) => <input {...control} {...form.register('visioUrl')} type="url" inputMode="url" className={inputClass} />}
        </Field>
      ) : null}
    </fieldset>
  );
}
