'use client';
import { useRouter } from 'next/navigation';
import { Controller } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import type { DiagnosticAnswers } from '@/lib/domain/diagnostic';
import { saveDiagnosticSchema } from '@/lib/schemas/diagnostic';
import { saveDiagnosticAction } from '@/lib/server/actions/diagnostics';
import { CriteriaFields } from './CriterionFieldset';
import { TerritoryCombobox } from './TerritoryCombobox';

/**
 * Territory + three criteria on one screen; the server computes the level and saves. `answers`:
 * the anonymous diagnostic kept at sign-up, pre-filled (still changeable).
 */
export function DiagnosticForm({ answers }: { answers?: DiagnosticAnswers } = {}) {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: saveDiagnosticSchema,
    action: saveDiagnosticAction,
    defaultValues: answers ?? {},
    onSuccess: (data) => router.push(`/diagnostic/${data.id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Controller
        control={form.control}
        name="territory"
        render={({ field }) => (
          <Field
            id="territory"
            label="Territoire"
            hint="Commune, EPCI, département ou région : tapez au moins deux lettres du nom, ou son code INSEE ou SIREN."
            error={errorMessage(errors.territory)}
            required
          >
            {(control) => <TerritoryCombobox control={control} ref={field.ref} onChange={field.onChange} onBlur={field.onBlur} />}
          </Field>
        )}
      />
      <CriteriaFields control={form.control} errors={errors} />
      <Button type="submit" disabled={submitting} className="self-start">
        {submitting ? 'Enregistrement…' : 'Enregistrer et voir le résultat'}
      </Button>
    </form>
  );
}
