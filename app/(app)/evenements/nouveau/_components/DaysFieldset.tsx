'use client';
import { useFieldArray, useWatch } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { addCalendarDays, formatDay, isCalendarDate } from '@/lib/domain/dates';
import { DEFAULT_OPENING_HOURS, MAX_EVENT_DAYS } from '@/lib/schemas/event';
import { legendClass, sectionClass, type EventFormApi } from './form-types';

/** The first day, the number of consecutive days, and each day's opening hours (Paris time). */
export function DaysFieldset({ form, note }: { form: EventFormApi; note?: string }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'days' });
  const firstDay = useWatch({ control: form.control, name: 'firstDay' });
  const errors = form.formState.errors;

  function setCount(count: number) {
    if (count > fields.length) {
      const last = form.getValues(`days.${fields.length - 1}`) ?? DEFAULT_OPENING_HOURS;
      append(Array.from({ length: count - fields.length }, () => ({ ...last })), { shouldFocus: false });
    } else if (count < fields.length) {
      remove(Array.from({ length: fields.length - count }, (_, i) => count + i));
    }
  }

  const dayLabel = (index: number) =>
    isCalendarDate(firstDay) ? ` — ${formatDay(addCalendarDays(firstDay, index))}` : '';

  return (
    <fieldset className={sectionClass}>
      <legend className={legendClass}>Dates et horaires</legend>
      {note ? <p className="text-slate-700">{note}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="event-first-day" label="Premier jour" error={errorMessage(errors.firstDay)} required>
          {(control) => <input {...control} {...form.register('firstDay')} type="date" className={inputClass} />}
        </Field>
        <Field id="event-day-count" label="Nombre de journées" hint={`Des journées consécutives, ${MAX_EVENT_DAYS} au plus.`}>
          {(control) => (
            <select {...control} value={fields.length} onChange={(e) => setCount(Number(e.target.value))} className={inputClass}>
              {Array.from({ length: MAX_EVENT_DAYS }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {i + 1 === 1 ? '1 journée' : `${i + 1} journées`}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ol className="flex flex-col gap-3">
        {fields.map((day, index) => (
          <li key={day.id}>
            <fieldset className="rounded-md border border-slate-300 p-3">
              <legend className="px-1 font-medium">
                Journée {index + 1}
                {dayLabel(index)}
              </legend>
              <div className="grid gap-3 sm:grid-cols-2">
                <Field id={`event-day-${index}-opens`} label="Ouverture" error={errorMessage(errors.days?.[index]?.opensAt)}>
                  {(control) => <input {...control} {...form.register(`days.${index}.opensAt`)} type="time" className={inputClass} />}
                </Field>
                <Field id={`event-day-${index}-closes`} label="Fermeture" error={errorMessage(errors.days?.[index]?.closesAt)}>
                  {(control) => <input {...control} {...form.register(`days.${index}.closesAt`)} type="time" className={inputClass} />}
                </Field>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="min-h-5 text-sm font-medium text-red-700" aria-live="polite">
        {errorMessage(errors.days) ?? errorMessage(errors.days?.root)}
      </p>
    </fieldset>
  );
}
