'use client';
import { useRouter } from 'next/navigation';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { LEVEL_OBJECTIVES } from '@/lib/domain/diagnostic/objectives';
import { MATURITY_LEVELS } from '@/lib/domain/diagnostic/maturity-level';
import { createEventSchema, EVENT_TITLE_MAX_LENGTH, type EventRecordFormValues } from '@/lib/schemas/event';
import { duplicateEventAction } from '@/lib/server/actions/event-duplicate';
import { createEventAction, updateEventAction } from '@/lib/server/actions/events';
import { AudiencesFieldset } from './AudiencesFieldset';
import { CoOrganisersFieldset } from './CoOrganisersFieldset';
import { DaysFieldset } from './DaysFieldset';
import { legendClass, sectionClass, toCount } from './form-types';
import { ModeFieldset } from './ModeFieldset';
import { PartnersFieldset } from './PartnersFieldset';
import { TerritoryField } from './TerritoryField';
import { PublicContactFieldset } from './PublicContactFieldset';
import { VenueFieldset } from './VenueFieldset';

export type EventFormTarget = { kind: 'create' } | { kind: 'edit'; eventId: string } | { kind: 'duplicate'; sourceEventId: string };

function save(target: EventFormTarget, input: EventRecordFormValues) {
  if (target.kind === 'edit') return updateEventAction({ ...input, eventId: target.eventId });
  if (target.kind === 'duplicate') return duplicateEventAction({ ...input, sourceEventId: target.sourceEventId });
  return createEventAction(input);
}

/** The event record, one form for creating, editing and duplicating (same schema as the actions). */
export function EventForm(props: {
  target: EventFormTarget;
  values: EventRecordFormValues;
  territoryLabel: string | null;
  coOrganiserChoices: readonly { id: string; name: string }[];
  submitLabel: string;
  daysNote?: string;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createEventSchema,
    action: (input) => save(props.target, input),
    defaultValues: props.values,
    onSuccess: (data) => {
      router.push(`/evenements/${data.eventId}`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className={sectionClass}>
        <legend className={legendClass}>L’essentiel</legend>
        <Field id="event-title" label="Titre de l’événement" hint={`${EVENT_TITLE_MAX_LENGTH} caractères au plus.`} error={errorMessage(errors.title)} required>
          {(control) => <input {...control} {...form.register('title')} type="text" className={inputClass} />}
        </Field>
        <TerritoryField form={form} initialLabel={props.territoryLabel} />
        <div className="grid gap-3 sm:grid-cols-[16rem_1fr]">
          <Field id="event-level" label="Niveau de maturité visé" hint="Il détermine les formats suggérés." error={errorMessage(errors.level)}>
            {(control) => (
              <select {...control} {...form.register('level', { setValueAs: toCount })} className={inputClass}>
                <option value="">Non défini</option>
                {MATURITY_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    Niveau {level} — {LEVEL_OBJECTIVES[level].title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="event-objective" label="Objectif" hint="Laissez vide pour reprendre l’objectif du niveau." error={errorMessage(errors.objective)}>
            {(control) => <textarea {...control} {...form.register('objective')} rows={2} className={inputClass} />}
          </Field>
        </div>
        <Field id="event-description" label="Description" error={errorMessage(errors.description)}>
          {(control) => <textarea {...control} {...form.register('description')} rows={4} className={inputClass} />}
        </Field>
      </fieldset>
      <DaysFieldset form={form} note={props.daysNote} />
      <ModeFieldset form={form} />
      <VenueFieldset form={form} />
      <PublicContactFieldset form={form} />
      <fieldset className={sectionClass}>
        <legend className={legendClass}>Public</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="event-participant-min" label="Participants attendus : au moins" error={errorMessage(errors.participantMin)}>
            {(control) => <input {...control} {...form.register('participantMin', { setValueAs: toCount })} type="number" min={0} inputMode="numeric" className={inputClass} />}
          </Field>
          <Field id="event-participant-max" label="Participants attendus : au plus" error={errorMessage(errors.participantMax)}>
            {(control) => <input {...control} {...form.register('participantMax', { setValueAs: toCount })} type="number" min={0} inputMode="numeric" className={inputClass} />}
          </Field>
        </div>
        <AudiencesFieldset form={form} />
      </fieldset>
      <fieldset className={sectionClass}>
        <legend className={legendClass}>Thèmes et communication</legend>
        <div className="grid gap-3 sm:grid-cols-[1fr_16rem]">
          <Field id="event-themes" label="Thèmes" hint="Séparés par des virgules." error={errorMessage(errors.themes)}>
            {(control) => <input {...control} {...form.register('themes')} type="text" className={inputClass} />}
          </Field>
          <Field id="event-hashtag" label="Hashtag" hint="Un seul mot : #ReZoNum." error={errorMessage(errors.hashtag)}>
            {(control) => <input {...control} {...form.register('hashtag')} type="text" className={inputClass} />}
          </Field>
        </div>
        <PartnersFieldset form={form} />
      </fieldset>
      <CoOrganisersFieldset form={form} choices={props.coOrganiserChoices} />
      <Button type="submit" disabled={submitting} className="self-start">
        {submitting ? 'Enregistrement…' : props.submitLabel}
      </Button>
    </form>
  );
}
