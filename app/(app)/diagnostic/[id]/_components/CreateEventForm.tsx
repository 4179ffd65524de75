'use client';
import { useRouter } from 'next/navigation';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { createEventFromDiagnosticSchema } from '@/lib/schemas/diagnostic';
import { createEventFromDiagnosticAction } from '@/lib/server/actions/diagnostics';

/** A draft event pre-filled from the diagnostic: territory, level, objective and formats. */
export function CreateEventForm(props: { diagnosticId: string; defaultTitle: string; defaultStartDate: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createEventFromDiagnosticSchema,
    action: createEventFromDiagnosticAction,
    defaultValues: { diagnosticId: props.diagnosticId, title: props.defaultTitle, startDate: props.defaultStartDate, endDate: '' },
    // Straight to the new event, whose overview says what to do next.
    onSuccess: (data) => router.push(`/evenements/${data.eventId}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="event-title" label="Titre de l’événement" error={errorMessage(errors.title)} required>
        {(control) => <input {...control} {...form.register('title')} type="text" className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="event-start" label="Premier jour" hint="L’événement commence à 9 h." error={errorMessage(errors.startDate)} required>
          {(control) => <input {...control} {...form.register('startDate')} type="date" className={inputClass} />}
        </Field>
        <Field id="event-end" label="Dernier jour" hint="Laissez vide pour une seule journée (fin à 17 h)." error={errorMessage(errors.endDate)}>
          {(control) => <input {...control} {...form.register('endDate')} type="date" className={inputClass} />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting} className="self-start">
        Créer l’événement en brouillon
      </Button>
    </form>
  );
}
