'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { TEMPLATE_IDS, TEMPLATES } from '@/lib/domain/community';
import { applyTemplateSchema } from '@/lib/schemas/tasks';
import { applyTaskTemplateAction } from '@/lib/server/actions/tasks';

function addedMessage(added: number): string {
  if (added === 0) return 'Toutes les tâches de ce modèle sont déjà dans la liste : rien n’a été ajouté.';
  return added === 1 ? '1 tâche ajoutée.' : `${added} tâches ajoutées.`;
}

/** Fills the list from one of the vademecum's or the webinar's checklists; applying it again adds nothing. */
export function ApplyTemplateForm({ eventId }: { eventId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: applyTemplateSchema,
    action: applyTaskTemplateAction,
    defaultValues: { eventId, templateId: 'rezolutions' },
    onSuccess: (data) => {
      setMessage(addedMessage(data.added));
      router.refresh();
    },
  });
  const chosen = form.watch('templateId');
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {message ? <Alert tone="success">{message}</Alert> : null}
      <div className="max-w-xl">
        <Field
          id="template-id"
          label="Modèle de tâches"
          hint={chosen && chosen in TEMPLATES ? TEMPLATES[chosen].description : undefined}
          error={errorMessage(errors.templateId)}
        >
          {(control) => (
            <select {...control} {...form.register('templateId', { onChange: () => setMessage(null) })} className={inputClass}>
              {TEMPLATE_IDS.map((id) => (
                <option key={id} value={id}>
                  {TEMPLATES[id].label} ({TEMPLATES[id].taskKeys.length} tâches)
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={submitting} className="self-start">
        Appliquer le modèle
      </Button>
    </form>
  );
}
