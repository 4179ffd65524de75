'use client';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { legendClass, sectionClass, type EventFormApi } from './form-types';

/** The contact shown on the public page of the event, both optional. */
export function PublicContactFieldset({ form }: { form: EventFormApi }) {
  const errors = form.formState.errors;
  return (
    <fieldset className={sectionClass} aria-describedby="event-public-contact-hint">
      <legend className={legendClass}>Contact public</legend>
      <p id="event-public-contact-hint" className="text-sm text-slate-700">
        Affiché sur la page publique de l’événement pour les questions du public. Préférez une adresse partagée (contact@…) à une adresse personnelle ; laissez vide pour ne rien afficher.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="event-public-contact-email" label="Adresse e-mail de contact" error={errorMessage(errors.publicContactEmail)}>
          {(control) => <input {...control} {...form.register('publicContactEmail')} type="email" autoComplete="off" className={inputClass} />}
        </Field>
        <Field id="event-public-contact-phone" label="Téléphone de contact" error={errorMessage(errors.publicContactPhone)}>
          {(control) => <input {...control} {...form.register('publicContactPhone')} type="tel" autoComplete="off" className={inputClass} />}
        </Field>
      </div>
    </fieldset>
  );
}
