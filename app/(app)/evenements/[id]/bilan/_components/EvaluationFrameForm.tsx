'use client';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { evaluationFrameFormSchema, type EvaluationFrameFormInput } from '@/lib/schemas/bilan';
import { saveEvaluationFrameAction } from '@/lib/server/actions/bilan';
import { FormText } from './TextArea';
import type { SharedVersion } from './BilanEditor';

const QUESTIONS = [
  { name: 'why', label: 'Pourquoi ?', hint: 'Les objectifs : qu’est-ce que l’événement doit changer ?' },
  { name: 'who', label: 'Qui ?', hint: 'Les publics visés, les partenaires et les personnes à impliquer.' },
  { name: 'how', label: 'Comment ?', hint: 'Les formats, les moyens, la façon de mesurer (questionnaire, pointage…).' },
  { name: 'what', label: 'Quoi ?', hint: 'Les résultats attendus et les indicateurs qui les montreront.' },
  { name: 'review', label: 'Relecture après l’événement', hint: 'Ce que les faits disent du cadre écrit au départ.' },
] as const;

/** The evaluation frame, written at planning time and reviewed after the event. */
export function EvaluationFrameForm({ defaults, shared }: { defaults: EvaluationFrameFormInput; shared: SharedVersion }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm({
    schema: evaluationFrameFormSchema,
    action: (input: EvaluationFrameFormInput) => saveEvaluationFrameAction({ ...input, version: shared.current() }),
    defaultValues: defaults,
    onSuccess: (data) => {
      shared.update(data.version);
      setSaved(true);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate onChange={() => setSaved(false)} className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="flex flex-col gap-1">
        <legend className="sr-only">Cadre d’évaluation</legend>
        {QUESTIONS.map((question) => (
          <FormText
            key={question.name}
            form={form as never}
            name={question.name}
            id={`cadre-${question.name}`}
            label={question.label}
            hint={question.hint}
            rows={3}
          />
        ))}
      </fieldset>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={submitting}>
          {submitting ? 'Enregistrement…' : 'Enregistrer le cadre'}
        </Button>
        {saved ? <Alert tone="success">Cadre d’évaluation enregistré.</Alert> : null}
      </div>
    </form>
  );
}
