'use client';
import { useRouter } from 'next/navigation';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { cancelSessionSchema } from '@/lib/schemas/programme';
import { cancelSessionAction } from '@/lib/server/actions/programme-sessions';

/** Cancelling keeps the session in the programme, shown as « Annulé » with this reason. */
export function CancelSessionForm({ eventId, sessionId }: { eventId: string; sessionId: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: cancelSessionSchema,
    action: cancelSessionAction,
    defaultValues: { eventId, sessionId, reason: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field
        id="annulation-raison"
        label="Raison de l’annulation"
        hint="Elle reste affichée avec la séance et figure dans le bilan."
        error={errorMessage(errors.reason)}
        required
      >
        {(control) => <textarea {...control} {...form.register('reason')} rows={2} className={inputClass} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={submitting} className="self-start">
        Annuler la séance
      </Button>
    </form>
  );
}
