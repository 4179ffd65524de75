'use client';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { changePasswordSchema, PASSWORD_HINT } from '@/lib/schemas/auth';
import { changePasswordAction } from '@/lib/server/actions/account';

export function ChangePasswordForm() {
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: '', password: '' },
    onSuccess: () => {
      setDone(true);
      form.reset();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? <Alert tone="success">Mot de passe changé. Vos autres appareils sont déconnectés.</Alert> : null}
      <Field id="currentPassword" label="Mot de passe actuel" error={errorMessage(errors.currentPassword)} required>
        {(control) => <input {...control} {...form.register('currentPassword')} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field id="password" label="Nouveau mot de passe" hint={PASSWORD_HINT} error={errorMessage(errors.password)} required>
        {(control) => <input {...control} {...form.register('password')} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={submitting} className="self-start">
        {submitting ? 'Enregistrement…' : 'Changer de mot de passe'}
      </Button>
    </form>
  );
}
