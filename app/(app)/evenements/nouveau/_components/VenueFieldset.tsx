'use client';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { VENUE_CRITERIA } from '@/lib/schemas/event';
import { legendClass, sectionClass, type EventFormApi } from './form-types';

/** The venue and the vademecum's checklist of the ideal place. */
export function VenueFieldset({ form }: { form: EventFormApi }) {
  const errors = form.formState.errors;
  return (
    <fieldset className={sectionClass}>
      <legend className={legendClass}>Lieu</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="event-venue-name" label="Nom du lieu" error={errorMessage(errors.venueName)}>
          {(control) => <input {...control} {...form.register('venueName')} type="text" className={inputClass} />}
        </Field>
        <Field id="event-venue-address" label="Adresse" error={errorMessage(errors.venueAddress)}>
          {(control) => <input {...control} {...form.register('venueAddress')} type="text" autoComplete="street-address" className={inputClass} />}
        </Field>
      </div>
      <fieldset className="rounded-md border border-slate-300 p-3" aria-describedby="event-venue-source">
        <legend className="px-1 font-medium">Ce que le lieu permet</legend>
        <p id="event-venue-source" className="mb-2 text-sm text-slate-700">
          Le lieu idéal d’après le vadémécum RéZolutions numériques (Le Mouvement associatif, 2021) : cochez ce qui est acquis.
        </p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {VENUE_CRITERIA.map((criterion) => (
            <li key={criterion.key} className="flex items-center gap-2">
              <input
                id={`event-${criterion.key}`}
                type="checkbox"
                {...form.register(criterion.key)}
                className="h-4 w-4 shrink-0 accent-brand-700"
              />
              <label htmlFor={`event-${criterion.key}`}>{criterion.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field id="event-venue-notes" label="Remarques sur le lieu" hint="Accès, stationnement, restauration, contact sur place…" error={errorMessage(errors.venueNotes)}>
        {(control) => <textarea {...control} {...form.register('venueNotes')} rows={3} className={inputClass} />}
      </Field>
    </fieldset>
  );
}
