'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { getLevelObjective, MATURITY_LEVELS, OVERRIDE_REASON_MIN_LENGTH, type MaturityLevel } from '@/lib/domain/diagnostic';
import { overrideDiagnosticSchema } from '@/lib/schemas/diagnostic';
import { overrideDiagnosticLevelAction } from '@/lib/server/actions/diagnostics';

/** Retain another level than the computed one, with a written reason kept with the diagnostic. */
export function OverrideForm({ diagnosticId, computedLevel }: { diagnosticId: string; computedLevel: MaturityLevel }) {
  const router = useRouter();
  const [saved, setSaved] = useState<MaturityLevel | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: overrideDiagnosticSchema,
    action: overrideDiagnosticLevelAction,
    defaultValues: { diagnosticId, reason: '' },
    onSuccess: (data) => {
      setSaved(data.level);
      router.refresh();
    },
  });
  const levels = MATURITY_LEVELS.filter((level) => level !== computedLevel);
  const levelError = errorMessage(errors.level);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Niveau {saved} retenu. La justification est enregistrée avec le diagnostic.</Alert> : null}
      <Controller
        control={form.control}
        name="level"
        render={({ field }) => (
          <fieldset aria-describedby={levelError ? 'override-level-error' : undefined}>
            <legend className="font-medium">
              Niveau retenu<span aria-hidden="true" className="text-accent-600"> *</span>
            </legend>
            <div className="mt-1 flex flex-col gap-1">
              {levels.map((level, index) => (
                <label key={level} className="flex items-center gap-2">
                  <input
                    ref={index === 0 ? field.ref : undefined}
                    type="radio"
                    name="override-level"
                    checked={field.value === level}
                    onChange={() => field.onChange(level)}
                    onBlur={field.onBlur}
                    className="h-4 w-4 accent-brand-700"
                  />
                  Niveau {level} — {getLevelObjective(level).title}
                </label>
              ))}
            </div>
            <p id="override-level-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
              {levelError}
            </p>
          </fieldset>
        )}
      />
      <Field
        id="override-reason"
        label="Pourquoi retenez-vous ce niveau ?"
        hint={`Au moins ${OVERRIDE_REASON_MIN_LENGTH} caractères. Elle sera conservée avec le diagnostic et figurera sur le PDF.`}
        error={errorMessage(errors.reason)}
        required
      >
        {(control) => <textarea {...control} {...form.register('reason')} rows={3} className={inputClass} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={submitting} className="self-start">
        Retenir ce niveau
      </Button>
    </form>
  );
}
