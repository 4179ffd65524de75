'use client';
import { useFieldArray } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import type { EventFormApi } from './form-types';

/** Partners, in the order they are credited; their logos come later (upload not built yet). */
export function PartnersFieldset({ form }: { form: EventFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'partners' });
  const errors = form.formState.errors.partners;
  return (
    <fieldset className="rounded-md border border-slate-300 p-3">
      <legend className="px-1 font-medium">Partenaires</legend>
      {fields.length === 0 ? <p className="mb-2 text-sm text-slate-700">Aucun partenaire pour le moment.</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((partner, index) => (
          <li key={partner.id} className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
            <Field id={`event-partner-${index}-name`} label={`Partenaire ${index + 1} : nom`} error={errorMessage(errors?.[index]?.name)} required>
              {(control) => <input {...control} {...form.register(`partners.${index}.name`)} type="text" className={inputClass} />}
            </Field>
            <Field id={`event-partner-${index}-url`} label={`Partenaire ${index + 1} : site web`} error={errorMessage(errors?.[index]?.url)}>
              {(control) => <input {...control} {...form.register(`partners.${index}.url`)} type="url" inputMode="url" className={inputClass} />}
            </Field>
            <Button type="button" variant="ghost" className="sm:mt-7" onClick={() => remove(index)}>
              Retirer<span className="sr-only"> le partenaire {index + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" className="mt-2 self-start" onClick={() => append({ name: '', url: '' })}>
        Ajouter un partenaire
      </Button>
      <p className="mt-1 text-sm text-slate-700">Les logos des partenaires pourront être ajoutés dans une prochaine version.</p>
    </fieldset>
  );
}
