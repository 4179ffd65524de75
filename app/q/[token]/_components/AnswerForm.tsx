'use client';
import { useEffect, useRef, useState } from 'react';
import { get } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { formatDateTime } from '@/lib/domain/dates';
import type { Question } from '@/lib/domain/questionnaire/types';
import { answerFormSchema } from '@/lib/schemas/questionnaire';
import { submitQuestionnaireAnswersAction } from '@/lib/server/actions/questionnaire-answer';
import { RatingGroup } from './RatingGroup';

type Session = { id: string; title: string; startsAt: string };

export function AnswerForm(props: { token: string; questions: Question[]; sessions: Session[]; organiser: string }) {
  const [done, setDone] = useState(false);
  const thanks = useRef<HTMLHeadingElement>(null);
  const schema = answerFormSchema(props.questions, props.sessions.map((s) => s.id));
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema,
    action: submitQuestionnaireAnswersAction,
    defaultValues: { token: props.token, answers: {}, verbatim: '', verbatimConsent: false },
    onSuccess: () => setDone(true),
  });
  // The form is replaced by the thanks: focus moves there once it is on screen, for screen readers.
  useEffect(() => {
    if (done) thanks.current?.focus();
  }, [done]);
  const error = (path: string) => errorMessage(get(errors, path));

  if (done) {
    return (
      <div className="rounded-lg bg-white p-5 shadow">
        <h2 ref={thanks} tabIndex={-1} className="mb-2 text-xl font-semibold">
          Merci !
        </h2>
        <p>Votre réponse est enregistrée. L’équipe d’organisation ({props.organiser}) vous remercie pour votre temps.</p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {props.questions.map((question) => {
        const id = `q-${question.id}`;
        switch (question.kind) {
          case 'scale':
            return (
              <div key={question.id} className="rounded-lg bg-white p-4 shadow">
                <RatingGroup id={id} legend={question.label} required={question.required} error={error(`answers.${question.id}`)} register={form.register(`answers.${question.id}`)} />
              </div>
            );
          case 'session-scale':
            if (props.sessions.length === 0) return null;
            return (
              <fieldset key={question.id} className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow">
                <legend className="float-left mb-2 w-full font-semibold">
                  {question.label}
                  {question.required ? <span aria-hidden="true" className="text-accent-600"> *</span> : null}
                </legend>
                {props.sessions.map((session) => (
                  <RatingGroup
                    key={session.id}
                    id={`${id}-${session.id}`}
                    level="session"
                    legend={`${session.title} (${formatDateTime(new Date(session.startsAt))})`}
                    required={question.required}
                    error={error(`answers.${question.id}.${session.id}`)}
                    register={form.register(`answers.${question.id}.${session.id}`)}
                  />
                ))}
              </fieldset>
            );
          case 'choice':
            return (
              <fieldset key={question.id} aria-describedby={`${id}-error`} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow">
                <legend className="float-left mb-2 w-full font-semibold">
                  {question.label}
                  {question.required ? <span aria-hidden="true" className="text-accent-600"> *</span> : null}
                </legend>
                {question.options.map((option) => (
                  <label key={option} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 px-3">
                    <input type="radio" value={option} {...form.register(`answers.${question.id}`)} className="h-5 w-5 accent-brand-700" />
                    {option}
                  </label>
                ))}
                <p id={`${id}-error`} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
                  {error(`answers.${question.id}`)}
                </p>
              </fieldset>
            );
          case 'text':
            return (
              <div key={question.id} className="rounded-lg bg-white p-4 shadow">
                <Field id={id} label={question.label} required={question.required} error={error(`answers.${question.id}`)}>
                  {(control) => <textarea {...control} rows={3} {...form.register(`answers.${question.id}`)} className={inputClass} />}
                </Field>
              </div>
            );
          case 'verbatim':
            return (
              <div key={question.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow">
                <Field id={id} label={question.label} required={question.required} error={error('verbatim')} hint="Une phrase que nous pourrions citer dans le bilan de l’événement.">
                  {(control) => <textarea {...control} rows={3} {...form.register('verbatim')} className={inputClass} />}
                </Field>
                <label className="flex items-start gap-3">
                  <input type="checkbox" {...form.register('verbatimConsent')} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
                  <span>J’accepte que cette phrase soit citée, sans mon nom, dans le bilan de l’événement.</span>
                </label>
              </div>
            );
        }
      })}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" disabled={submitting} className="min-h-12 w-full sm:w-auto">
        {submitting ? 'Envoi…' : 'Envoyer mes réponses'}
      </Button>
    </form>
  );
}
