'use client';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { CORE_QUESTION_KINDS, CORE_QUESTION_KIND_LABELS, type CoreQuestionKind } from '@/lib/domain/networks/core-questions';
import { coreQuestionSchema } from '@/lib/schemas/networks';
import { saveCoreQuestionAction } from '@/lib/server/actions/networks';

type Initial = { id: string; kind: CoreQuestionKind; label: string; required: boolean; options: readonly string[] };

/** Adds a core question (no `initial`) or edits one that was never sent. */
export function CoreQuestionForm({ initial }: { initial?: Initial }) {
  const router = useRouter();
  const prefix = useId();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: coreQuestionSchema,
    action: saveCoreQuestionAction,
    defaultValues: initial
      ? { id: initial.id, kind: initial.kind, label: initial.label, required: initial.required, options: initial.options.join('\n') }
      : { id: '', kind: 'scale', label: '', required: false, options: '' },
    onSuccess: () => {
      setSaved(true);
      if (!initial) form.reset({ id: '', kind: 'scale', label: '', required: false, options: '' });
      router.refresh();
    },
  });
  const kind = form.watch('kind');
  return (
    <form onSubmit={onSubmit} noValidate onChange={() => setSaved(false)} className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{initial ? 'Question commune enregistrée.' : 'Question commune ajoutée aux questionnaires du cycle.'}</Alert> : null}
      <Field id={`${prefix}-label`} label="Question" error={errorMessage(errors.label)} required>
        {(control) => <input {...control} {...form.register('label')} className={inputClass} />}
      </Field>
      <Field id={`${prefix}-kind`} label="Type de réponse" error={errorMessage(errors.kind)} required>
        {(control) => (
          <select {...control} {...form.register('kind')} className={inputClass}>
            {CORE_QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {CORE_QUESTION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'choice' ? (
        <Field id={`${prefix}-options`} label="Réponses proposées" hint="Une par ligne, deux au moins." error={errorMessage(errors.options)} required>
          {(control) => <textarea {...control} {...form.register('options')} rows={4} className={inputClass} />}
        </Field>
      ) : null}
      <label className="flex items-center gap-2">
        <input type="checkbox" {...form.register('required')} className="h-4 w-4" />
        Réponse obligatoire
      </label>
      <Button type="submit" disabled={submitting} className="self-start">
        {initial ? 'Enregistrer la question' : 'Ajouter la question commune'}
      </Button>
    </form>
  );
}
