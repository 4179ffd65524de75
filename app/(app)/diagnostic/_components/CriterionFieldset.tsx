'use client';
import type { Ref } from 'react';
import { Controller, type Control, type FieldErrors, type FieldValues, type Path } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { listCriteria, listCriterionAnswers, type AnswerValue, type Criterion } from '@/lib/domain/diagnostic';

/** One criterion as a radio group: each answer with its explanation (arrows move between answers). */
export function CriterionFieldset(props: {
  criterion: Criterion;
  number: number;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  error?: string;
}) {
  const { criterion } = props;
  const errorId = `${criterion.id}-error`;
  return (
    <fieldset aria-describedby={props.error ? errorId : undefined} aria-invalid={props.error ? true : undefined} className="rounded-lg border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">
        {props.number}. {criterion.label}
      </legend>
      <p className="mb-3 text-slate-700">{criterion.question}</p>
      <div className="grid gap-2 md:grid-cols-3">
        {listCriterionAnswers(criterion.id).map((answer, index) => {
          const id = `${criterion.id}-${answer.value}`;
          return (
            <div
              key={answer.value}
              className="flex gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input
                id={id}
                ref={index === 0 ? props.inputRef : undefined}
                type="radio"
                name={criterion.id}
                value={answer.value}
                checked={props.value === answer.value}
                onChange={() => props.onChange(answer.value)}
                onBlur={props.onBlur}
                aria-describedby={`${id}-explanation`}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={id} className="font-medium">
                  {answer.value} — {answer.label}
                </label>
                <p id={`${id}-explanation`} className="text-sm text-slate-700">
                  {answer.explanation}
                </p>
              </div>
            </div>
          );
        })}
      </div>
      <p id={errorId} aria-live="polite" className="mt-2 min-h-5 text-sm font-medium text-red-700">
        {props.error}
      </p>
    </fieldset>
  );
}

/** The three criteria of a react-hook-form form, one radio group each (the diagnostic, signed in or not). */
export function CriteriaFields<T extends FieldValues, U extends FieldValues>({ control, errors }: { control: Control<T, unknown, U>; errors: FieldErrors<T> }) {
  return listCriteria().map((criterion, index) => (
    <Controller
      key={criterion.id}
      control={control}
      name={criterion.id as Path<T>}
      render={({ field }) => (
        <CriterionFieldset
          criterion={criterion}
          number={index + 1}
          value={field.value as AnswerValue | undefined}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={errorMessage(errors[criterion.id])}
        />
      )}
    />
  ));
}
