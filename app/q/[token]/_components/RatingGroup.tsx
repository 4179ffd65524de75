'use client';
import type { UseFormRegisterReturn } from 'react-hook-form';

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * A 1-5 rating as five real radio buttons, large enough for a thumb. The legend is the question;
 * the scale's meaning is its description, read with the group.
 */
export function RatingGroup(props: {
  id: string;
  legend: string;
  required: boolean;
  error?: string;
  register: UseFormRegisterReturn;
  level?: 'question' | 'session';
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const legendClass = props.level === 'session' ? 'font-medium' : 'font-semibold';
  return (
    <fieldset aria-describedby={`${hintId} ${errorId}`} aria-invalid={props.error ? true : undefined} className="flex flex-col gap-2">
      <legend className={`mb-1 ${legendClass}`}>
        {props.legend}
        {props.required ? <span aria-hidden="true" className="text-accent-600"> *</span> : null}
      </legend>
      <p id={hintId} className="text-sm text-slate-700">
        De 1 (pas du tout satisfait·e) à 5 (très satisfait·e)
      </p>
      <div className="grid grid-cols-5 gap-2">
        {RATINGS.map((rating) => (
          <label
            key={rating}
            className="flex min-h-12 cursor-pointer items-center justify-center rounded-md border border-slate-400 bg-white text-lg font-semibold has-[:checked]:border-brand-700 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600"
          >
            <input type="radio" value={String(rating)} {...props.register} className="sr-only" />
            {rating}
            <span className="sr-only"> sur 5</span>
          </label>
        ))}
      </div>
      <p id={errorId} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {props.error}
      </p>
    </fieldset>
  );
}
