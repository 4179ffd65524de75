'use client';
import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';

type ScheduleValues = { schedule: 'offset' | 'date'; offset?: string; date?: string };

/**
 * « Relative to the event » (J-30, J+10: follows the event if its dates move) or « fixed date »:
 * only the field of the chosen mode shows.
 */
export function ScheduleFields<T extends FieldValues & ScheduleValues>(props: {
  idPrefix: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  mode: ScheduleValues['schedule'];
}) {
  const { idPrefix, register, errors, mode } = props;
  const field = (name: keyof ScheduleValues) => name as Path<T>;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">Échéance</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        <label className="flex items-center gap-2">
          <input type="radio" value="offset" {...register(field('schedule'))} className="h-4 w-4 accent-brand-700" />
          Par rapport à l’événement (J-x)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="date" {...register(field('schedule'))} className="h-4 w-4 accent-brand-700" />
          Date fixe
        </label>
      </div>
      {mode === 'date' ? (
        <Field id={`${idPrefix}-date`} label="Date" hint="Une date fixe ne bouge pas si l’événement change de date." error={errorMessage(errors.date)} required>
          {(control) => <input {...control} {...register(field('date'))} type="date" className={`${inputClass} max-w-xs`} />}
        </Field>
      ) : (
        <Field
          id={`${idPrefix}-offset`}
          label="Jours par rapport à l’événement"
          hint="Ex. J-30 (30 jours avant le premier jour), J (pendant), J+10 (10 jours après le dernier jour). La date suit l’événement s’il change de date."
          error={errorMessage(errors.offset)}
          required
        >
          {(control) => <input {...control} {...register(field('offset'))} type="text" inputMode="text" className={`${inputClass} max-w-xs`} />}
        </Field>
      )}
    </fieldset>
  );
}
