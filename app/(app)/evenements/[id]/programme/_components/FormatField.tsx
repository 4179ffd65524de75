'use client';
import { useEffect, useRef, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import type { MaturityLevel } from '@/lib/domain/diagnostic/maturity-level';
import { isFormatId } from '@/lib/domain/formats/format-ids';
import { getFormat } from '@/lib/domain/formats/formats';
import { formatOptionGroups, formatRecommendationNote } from '@/lib/domain/programme/format-options';
import { OTHER_FORMAT } from '@/lib/domain/programme/labels';
import { formatTime, parisDay } from '@/lib/domain/dates';
import { endTimeAfterFormatChange } from '@/lib/domain/programme/format-end-time';
import { applyFormatDefaults } from '@/lib/domain/programme/session-defaults';
import { instantAt, isTimeInput } from '@/lib/domain/programme/time-input';
import type { SessionFormInput, SessionFormValues } from '@/lib/schemas/programme';

type Form = UseFormReturn<SessionFormInput, unknown, SessionFormValues>;

/**
 * The format, from the catalogue (recommended ones first) or « Autre ». Choosing one fills the end
 * (start + typical duration) only when it is empty or was filled by the previous format
 * (endTimeAfterFormatChange), and the audience limit; both stay editable, and a new start moves an
 * end that was filled this way.
 */
export function FormatField({ form, level, days }: { form: Form; level: MaturityLevel | null; days: { id: string; date: string }[] }) {
  const [note, setNote] = useState('');
  const filledEnd = useRef<string | null>(null);
  const choice = useWatch({ control: form.control, name: 'formatChoice' });
  const flag = formatRecommendationNote(choice, level);
  const { errors } = form.formState;

  /** The end the format proposes for this start, or null (no day or start yet, or past midnight). */
  function proposedEnd(formatId: string, startTime: string, dayId: string): string | null {
    const day = days.find((candidate) => candidate.id === dayId);
    if (!isFormatId(formatId) || !day || !isTimeInput(startTime)) return null;
    const { endsAt } = applyFormatDefaults({ startsAt: instantAt(day.date, startTime) }, formatId, level);
    return parisDay(endsAt) === day.date ? formatTime(endsAt) : null;
  }

  /** Fills the end only when it is empty or was filled by the previous format: a typed end is kept. */
  function fillEnd(formatId: string, startTime: string, dayId: string): string | null {
    const end = endTimeAfterFormatChange({ endTime: form.getValues('endTime') ?? '', filledByFormat: filledEnd.current }, proposedEnd(formatId, startTime, dayId));
    if (end === null) return null;
    form.setValue('endTime', end, { shouldValidate: form.formState.isSubmitted });
    filledEnd.current = end;
    return end;
  }

  function onFormatChange(formatId: string) {
    if (!isFormatId(formatId)) return setNote('');
    const format = getFormat(formatId);
    const { startTime, dayId } = form.getValues();
    const end = fillEnd(formatId, startTime, dayId);
    const capacity = applyFormatDefaults({ startsAt: new Date(0) }, formatId, level).capacity;
    form.setValue('capacity', capacity, { shouldValidate: form.formState.isSubmitted });
    setNote(
      [
        `${format.name} : durée type ${format.typicalDurationMinutes} min`,
        end ? `, fin placée à ${end}` : form.getValues('endTime') ? ', fin saisie gardée' : ' (indiquez la journée et le début pour placer la fin)',
        capacity ? ` ; jauge conseillée : ${capacity} places.` : ' ; pas de jauge conseillée.',
        ' Vous pouvez les modifier.',
      ].join(''),
    );
  }

  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      if (name !== 'startTime' && name !== 'dayId') return;
      const { formatChoice, startTime, dayId } = values;
      fillEnd(formatChoice ?? '', startTime ?? '', dayId ?? '');
    });
    return () => subscription.unsubscribe();
  });

  return (
    <div className="flex flex-col gap-2">
      <Field id="seance-format" label="Format" error={errorMessage(errors.formatChoice)} required>
        {(control) => (
          <select {...control} {...form.register('formatChoice', { onChange: (event) => onFormatChange(event.target.value) })} className={inputClass}>
            <option value="">Choisir un format…</option>
            {formatOptionGroups(level).map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value={OTHER_FORMAT}>Autre (à nommer)</option>
          </select>
        )}
      </Field>
      <p aria-live="polite" className="text-sm text-slate-800">
        {note}
      </p>
      {flag ? (
        <p className="flex items-start gap-2 rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          <span aria-hidden="true" className="font-bold">
            !
          </span>
          <span>Format hors recommandations : {flag}</span>
        </p>
      ) : null}
      {choice === OTHER_FORMAT ? (
        <Field id="seance-format-libre" label="Nom du format" error={errorMessage(errors.customFormat)} required>
          {(control) => <input {...control} {...form.register('customFormat')} type="text" className={inputClass} />}
        </Field>
      ) : null}
    </div>
  );
}
