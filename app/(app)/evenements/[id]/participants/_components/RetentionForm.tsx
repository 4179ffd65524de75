'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { RETENTION_MONTHS } from '@/lib/domain/registrations/personal-data';
import { updateRetentionSchema } from '@/lib/schemas/participants';
import { updateRetentionAction } from '@/lib/server/actions/participants';

export function RetentionForm({ eventId, retentionMonths }: { eventId: string; retentionMonths: number }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: updateRetentionSchema,
    action: updateRetentionAction,
    defaultValues: { eventId, retentionMonths: String(retentionMonths) },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Durée de conservation enregistrée.</Alert> : null}
      <div className="flex flex-wrap items-start gap-3">
        <div className="w-64">
          <Field
            id="retention-months"
            label="Conserver les données pendant (mois)"
            hint={`De ${RETENTION_MONTHS.min} à ${RETENTION_MONTHS.max} mois après l’événement.`}
            error={errorMessage(errors.retentionMonths)}
            required
          >
            {(control) => (
              <input {...control} {...form.register('retentionMonths')} type="number" inputMode="numeric" min={RETENTION_MONTHS.min} max={RETENTION_MONTHS.max} className={inputClass} />
            )}
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={submitting} className="mt-8">
          Enregistrer la durée
        </Button>
      </div>
    </form>
  );
}
