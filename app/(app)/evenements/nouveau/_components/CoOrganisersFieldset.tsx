'use client';
import { useController } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { legendClass, sectionClass, type EventFormApi } from './form-types';

/**
 * Co-organisers: the caller's other organisations (and those already on the event) as boxes, or any
 * other organisation of Trame by its exact name. Their members then see and edit the event.
 */
export function CoOrganisersFieldset({ form, choices }: { form: EventFormApi; choices: readonly { id: string; name: string }[] }) {
  const { field, fieldState } = useController({ control: form.control, name: 'coOrganiserIds' });
  const errors = form.formState.errors;
  const toggle = (id: string, checked: boolean) =>
    field.onChange(checked ? [...field.value, id] : field.value.filter((chosen) => chosen !== id));
  return (
    <fieldset className={sectionClass}>
      <legend className={legendClass}>Co-organisateurs</legend>
      <p className="text-slate-700">
        Les membres des structures co-organisatrices voient et modifient l’événement avec vous. Une structure nommée reçoit une
        invitation : elle n’accède à l’événement qu’après l’avoir acceptée (depuis son tableau de bord).
      </p>
      {choices.length > 0 ? (
        <fieldset aria-describedby="event-co-organisers-error">
          <legend className="mb-1 font-medium">Vos autres structures</legend>
          <ul className="flex flex-col gap-1">
            {choices.map((choice, index) => (
              <li key={choice.id} className="flex items-center gap-2">
                <input
                  id={`event-co-organiser-${choice.id}`}
                  type="checkbox"
                  ref={index === 0 ? field.ref : undefined}
                  checked={field.value.includes(choice.id)}
                  onChange={(e) => toggle(choice.id, e.target.checked)}
                  className="h-4 w-4 shrink-0 accent-brand-700"
                />
                <label htmlFor={`event-co-organiser-${choice.id}`}>{choice.name}</label>
              </li>
            ))}
          </ul>
          <p id="event-co-organisers-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {errorMessage(fieldState.error)}
          </p>
        </fieldset>
      ) : null}
      <Field
        id="event-co-organiser-names"
        label="Autres structures co-organisatrices"
        hint="Une structure par ligne, avec son nom exact dans Trame (sans tenir compte des majuscules)."
        error={errorMessage(errors.coOrganiserNames)}
      >
        {(control) => <textarea {...control} {...form.register('coOrganiserNames')} rows={2} className={inputClass} />}
      </Field>
    </fieldset>
  );
}
