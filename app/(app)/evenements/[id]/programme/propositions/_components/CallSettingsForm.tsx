'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { callSettingsSchema } from '@/lib/schemas/speakers';
import { updateCallAction } from '@/lib/server/actions/proposals';

export function CallSettingsForm(props: { eventId: string; callOpen: boolean; callClosesOn: string | null }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: callSettingsSchema,
    action: updateCallAction,
    defaultValues: { eventId: props.eventId, callOpen: props.callOpen, callClosesOn: props.callClosesOn ?? '' },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" onChange={() => setSaved(false)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Réglages de l’appel enregistrés.</Alert> : null}
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" {...form.register('callOpen')} className="h-4 w-4 accent-brand-700" />
        Recevoir des propositions sur la page publique de l’événement
      </label>
      <Field id="appel-date-limite" label="Date limite (incluse)" hint="Les propositions sont reçues jusqu’à la fin de ce jour, heure de Paris." error={errorMessage(errors.callClosesOn)}>
        {(control) => <input {...control} {...form.register('callClosesOn')} type="date" className={`${inputClass} max-w-xs`} />}
      </Field>
      <Button type="submit" disabled={submitting} className="self-start">
        Enregistrer l’appel
      </Button>
    </form>
  );
}
