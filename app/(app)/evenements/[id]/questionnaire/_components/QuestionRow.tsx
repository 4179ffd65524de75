'use client';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { CUSTOM_KINDS, KIND_LABELS, type EditQuestionsInput } from '@/lib/schemas/questionnaire';

type Props = {
  form: UseFormReturn<EditQuestionsInput, unknown, unknown>;
  index: number;
  count: number;
  isDefault: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
};

export function QuestionRow({ form, index, count, isDefault, onMove, onRemove }: Props) {
  const kind = useWatch({ control: form.control, name: `questions.${index}.kind` });
  const errors = form.formState.errors.questions?.[index];
  const base = `question-${index}`;
  const number = index + 1;
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">
          Question {number}
          <span className="font-normal text-slate-700"> — {kind ? KIND_LABELS[kind] : ''}{isDefault ? ' (par défaut)' : ''}</span>
        </legend>
        <Field id={`${base}-label`} label="Intitulé" required error={errorMessage(errors?.label)}>
          {(control) => <input {...control} {...form.register(`questions.${index}.label`)} className={inputClass} />}
        </Field>
        {isDefault ? null : (
          <Field id={`${base}-kind`} label="Type de réponse" error={errorMessage(errors?.kind)}>
            {(control) => (
              <select {...control} {...form.register(`questions.${index}.kind`)} className={inputClass}>
                {CUSTOM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kind === 'choice' ? (
          <Field id={`${base}-options`} label="Réponses proposées" hint="Une par ligne, deux au moins." error={errorMessage(errors?.options)}>
            {(control) => <textarea {...control} rows={3} {...form.register(`questions.${index}.options`)} className={inputClass} />}
          </Field>
        ) : null}
        <label className="flex items-center gap-2">
          <input type="checkbox" {...form.register(`questions.${index}.required`)} className="h-5 w-5 accent-brand-700" />
          Réponse obligatoire
        </label>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="ghost" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Monter la question ${number}`}>
            Monter
          </Button>
          <Button type="button" variant="ghost" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Descendre la question ${number}`}>
            Descendre
          </Button>
          {isDefault ? null : (
            <Button type="button" variant="ghost" onClick={onRemove} aria-label={`Retirer la question ${number}`}>
              Retirer
            </Button>
          )}
        </div>
      </fieldset>
    </li>
  );
}
