'use client';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { requestPasswordResetSchema } from '@/lib/schemas/auth';
import { requestPasswordResetAction } from '@/lib/server/actions/account';

export function RequestResetForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: requestPasswordResetSchema,
    action: requestPasswordResetAction,
    defaultValues: { email: '' },
    onSuccess: (data) => setSentTo(data.email),
  });
  if (sentTo) {
    // The same sentence whether the address has an account or not.
    return (
      <Alert tone="success">
        Si un compte existe avec l’adresse {sentTo}, nous venons d’y envoyer un lien pour choisir un nouveau mot de passe. Pensez à
        regarder dans les indésirables.
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded-lg bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="email" label="Adresse e-mail" error={errorMessage(errors.email)} required>
        {(control) => <input {...control} {...form.register('email')} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={submitting}>
        {submitting ? 'Envoi…' : 'Recevoir un lien'}
      </Button>
    </form>
  );
}
