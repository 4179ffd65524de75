'use client';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { inputClass } from '@/components/ui/Field';
import { listAudienceCategories, type AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import { toCount, type EventFormApi } from './form-types';

/**
 * Target audiences, each with an optional number of such people in the territory (e.g. the
 * conseillers numériques of the département), later compared with who came.
 */
export function AudiencesFieldset({ form }: { form: EventFormApi }) {
  const { field, fieldState } = useController({ control: form.control, name: 'audiences' });
  const audiences = field.value;
  // The typed text, so that a half-typed or wrong number stays visible with its error.
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(audiences.map((a) => [a.category, a.territoryTotal === null ? '' : String(a.territoryTotal)])),
  );
  const indexOf = (category: AudienceCategory) => audiences.findIndex((a) => a.category === category);

  function toggle(category: AudienceCategory, checked: boolean) {
    if (checked) field.onChange([...audiences, { category, territoryTotal: toCount(texts[category] ?? '') }]);
    else field.onChange(audiences.filter((a) => a.category !== category));
  }
  function setTotal(category: AudienceCategory, text: string) {
    setTexts((current) => ({ ...current, [category]: text }));
    field.onChange(audiences.map((a) => (a.category === category ? { ...a, territoryTotal: toCount(text) } : a)));
  }

  const itemErrors = fieldState.error as unknown as ({ territoryTotal?: { message?: string } } | undefined)[] | undefined;
  return (
    <fieldset className="rounded-md border border-slate-300 p-3" aria-describedby="event-audiences-hint event-audiences-error">
      <legend className="px-1 font-medium">Publics cibles</legend>
      <p id="event-audiences-hint" className="mb-2 text-sm text-slate-700">
        Cochez les publics visés. Le nombre sur le territoire (facultatif) permettra de mesurer la part du public touchée.
      </p>
      <ul className="flex flex-col gap-2">
        {listAudienceCategories().map(({ id, label }, position) => {
          const index = indexOf(id);
          const checked = index >= 0;
          const error = checked ? itemErrors?.[index]?.territoryTotal?.message : undefined;
          return (
            <li key={id} className="grid items-center gap-2 sm:grid-cols-[16rem_1fr]">
              <div className="flex items-center gap-2">
                <input
                  id={`event-audience-${id}`}
                  type="checkbox"
                  ref={position === 0 ? field.ref : undefined}
                  checked={checked}
                  onChange={(e) => toggle(id, e.target.checked)}
                  className="h-4 w-4 shrink-0 accent-brand-700"
                />
                <label htmlFor={`event-audience-${id}`}>{label}</label>
              </div>
              {checked ? (
                <div className="flex flex-wrap items-center gap-2">
                  <label htmlFor={`event-audience-${id}-total`} className="text-sm">
                    Nombre sur le territoire<span className="sr-only"> ({label})</span>
                  </label>
                  <input
                    id={`event-audience-${id}-total`}
                    type="number"
                    min={0}
                    inputMode="numeric"
                    value={texts[id] ?? ''}
                    onChange={(e) => setTotal(id, e.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `event-audience-${id}-error` : undefined}
                    className={`${inputClass} max-w-40`}
                  />
                  {error ? (
                    <span id={`event-audience-${id}-error`} className="text-sm font-medium text-red-700">
                      {error}
                    </span>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p id="event-audiences-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {errorMessage(fieldState.error)}
      </p>
    </fieldset>
  );
}
