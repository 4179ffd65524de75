'use client';
import { useController, useFieldArray } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { MAX_OUTSIDE_CO_ORGANISERS } from '@/lib/schemas/event';
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
      <OutsideCoOrganisers form={form} />
    </fieldset>
  );
}

/**
 * Co-organisers not on Trame (issue 15.13): a name and, when known, a SIRET. They are named wherever
 * co-organisers are (overview, public page, bilan) and may receive a budget interne; once one joins
 * Trame, the event's overview offers to link it. Nothing here leaves the form.
 */
function OutsideCoOrganisers({ form }: { form: EventFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'outsideCoOrganisers', keyName: 'key' });
  const errors = form.formState.errors.outsideCoOrganisers;
  return (
    <fieldset className="rounded-md border border-slate-300 p-3">
      <legend className="px-1 font-medium">Co-organisateurs hors Trame</legend>
      <p className="mb-2 text-sm text-slate-700">
        Une structure partenaire qui n’a pas (encore) de compte Trame : elle est nommée partout où le sont les co-organisateurs, et peut porter
        un budget interne. Elle ne voit pas l’événement. Si elle rejoint Trame, vous pourrez la relier à son compte depuis la fiche de
        l’événement.
      </p>
      <p id="event-outside-co-organisers-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {errorMessage(errors?.root) ?? errorMessage(errors)}
      </p>
      <ol className="flex flex-col gap-3">
        {fields.map((partner, index) => (
          <li key={partner.key} className="grid items-start gap-3 sm:grid-cols-[2fr_1fr_auto]">
            <input type="hidden" {...form.register(`outsideCoOrganisers.${index}.id`)} />
            <Field
              id={`event-outside-co-organiser-${index}-name`}
              label={`Structure hors Trame ${index + 1} : nom`}
              error={errorMessage(errors?.[index]?.name)}
              required
            >
              {(control) => <input {...control} {...form.register(`outsideCoOrganisers.${index}.name`)} type="text" className={inputClass} />}
            </Field>
            <Field
              id={`event-outside-co-organiser-${index}-siret`}
              label={`Structure hors Trame ${index + 1} : SIRET (facultatif)`}
              error={errorMessage(errors?.[index]?.siret)}
            >
              {(control) => (
                <input {...control} {...form.register(`outsideCoOrganisers.${index}.siret`)} type="text" inputMode="numeric" autoComplete="off" className={inputClass} />
              )}
            </Field>
            <Button type="button" variant="ghost" className="sm:mt-7" onClick={() => remove(index)}>
              Retirer<span className="sr-only"> la structure hors Trame {index + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      {fields.length < MAX_OUTSIDE_CO_ORGANISERS ? (
        <Button type="button" variant="secondary" className="mt-2 self-start" onClick={() => append({ id: '', name: '', siret: '' })}>
          Ajouter une structure hors Trame
        </Button>
      ) : null}
    </fieldset>
  );
}
