'use client';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { DEFAULT_QUESTION_IDS } from '@/lib/domain/questionnaire/defaults';
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
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: editQuestionsSchema,
    action: editQuestionnaireQuestionsAction,
    defaultValues: { eventId: props.eventId, version: props.version, questions: props.questions.map(toRow) },
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
