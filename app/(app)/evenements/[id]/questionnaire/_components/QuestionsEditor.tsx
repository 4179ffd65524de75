'use client';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { DEFAULT_QUESTION_IDS } from '@/lib/domain/questionnaire/defaults';
import { CORE_QUESTION_MARK, isCoreQuestionId } from '@/lib/domain/networks/core-questions';
import { KIND_LABELS } from '@/lib/schemas/questionnaire';
import type { Question } from '@/lib/domain/questionnaire/types';
import { editQuestionsSchema, type EditQuestionsInput } from '@/lib/schemas/questionnaire';
import { editQuestionnaireQuestionsAction } from '@/lib/server/actions/questionnaire';
import { QuestionRow } from './QuestionRow';

const toRow = (q: Question) => ({ id: q.id, kind: q.kind, label: q.label, required: q.required, options: q.kind === 'choice' ? q.options.join('\n') : '' });

/**
 * The questions, edited as one list: reword, move up or down (buttons, no drag), add or remove the
 * organisers' own questions. The default ones stay: the bilan reads them.
 */
export function QuestionsEditor(props: { eventId: string; version: number; questions: Question[] }) {
  const [saved, setSaved] = useState(false);
  // A network's core questions are shown, locked; the server puts them back on every save.
  const core = props.questions.filter((q) => isCoreQuestionId(q.id));
  const own = props.questions.filter((q) => !isCoreQuestionId(q.id));
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: editQuestionsSchema,
    action: editQuestionnaireQuestionsAction,
    defaultValues: { eventId: props.eventId, version: props.version, questions: own.map(toRow) },
    onSuccess: (data) => {
      const values = form.getValues();
      // New questions now have their ids; the next save starts from the version just written.
      form.reset({ ...values, version: data.version, questions: values.questions.map((q, i) => ({ ...q, id: data.ids[i] ?? q.id })) } as EditQuestionsInput);
      setSaved(true);
    },
  });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'questions', keyName: 'key' });
  const listError = errorMessage((errors.questions as { root?: unknown } | undefined)?.root) ?? errorMessage(errors.questions);
  return (
    <form onSubmit={onSubmit} noValidate onChange={() => setSaved(false)} className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {listError ? <Alert tone="error">{listError}</Alert> : null}
      {saved ? <Alert tone="success">Questions enregistrées.</Alert> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <QuestionRow
            key={field.key}
            form={form}
            index={index}
            count={fields.length}
            isDefault={DEFAULT_QUESTION_IDS.has(field.id ?? '')}
            onMove={(to) => move(index, to)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      {core.length > 0 ? (
        <ol aria-label="Questions communes du réseau" className="flex flex-col gap-3">
          {core.map((question) => (
            <li key={question.id} className="rounded-md border border-slate-300 bg-slate-50 p-3">
              <p className="font-semibold">{question.label}</p>
              <p className="text-sm text-slate-700">{`${KIND_LABELS[question.kind]}${question.kind === 'choice' ? ` : ${question.options.join(', ')}` : ''}`}</p>
              <p className="mt-1 inline-block rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-800">{CORE_QUESTION_MARK}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => append({ id: '', kind: 'scale', label: '', required: false, options: '' })}>
          Ajouter une question
        </Button>
        <Button type="submit" disabled={submitting}>
          Enregistrer les questions
        </Button>
      </div>
    </form>
  );
}
