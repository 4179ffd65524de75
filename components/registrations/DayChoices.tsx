'use client';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { formatWeekday } from '@/lib/domain/dates';

/** The days of a multi-day event the person will come, as checkboxes (all ticked at first). */
export function DayChoices<T extends FieldValues>(props: { control: Control<T>; days: readonly string[]; error?: string }) {
  if (props.days.length < 2) return null;
  const errorId = 'days-error';
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`days-hint${props.error ? ` ${errorId}` : ''}`}>
      <legend className="mb-1 text-lg font-semibold">Jours de présence</legend>
      <p id="days-hint" className="text-sm text-slate-700">
        L’événement dure {props.days.length} jours. Décochez ceux où vous ne viendrez pas : l’équipe prévoit l’accueil et les repas au plus juste.
      </p>
      <Controller
        control={props.control}
        name={'days' as Path<T>}
        render={({ field }) => {
          const selected: string[] = Array.isArray(field.value) ? field.value : [];
          return (
            <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
              {props.days.map((day) => {
                const checked = selected.includes(day);
                return (
                  <li key={day} className="rounded-md border border-slate-300 bg-white p-3">
                    <label className="flex items-center gap-3">
                      <input
                        type="checkbox"
                        className="h-5 w-5 shrink-0"
                        checked={checked}
                        aria-invalid={props.error ? true : undefined}
                        onBlur={field.onBlur}
                        onChange={() => field.onChange(checked ? selected.filter((d) => d !== day) : [...selected, day].sort())}
                      />
                      <span className="font-medium first-letter:uppercase">{formatWeekday(day)}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          );
        }}
      />
      <p id={errorId} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {props.error}
      </p>
    </fieldset>
  );
}
