'use client';
import { useRouter } from 'next/navigation';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { PASSWORD_HINT, resetPasswordSchema } from '@/lib/schemas/auth';
import { resetPasswordAction } from '@/lib/server/actions/account';

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    defaultValues: { token, password: '' },
    onSuccess: () => router.replace('/connexion?reinitialise=1'),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded-lg bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="password" label="Nouveau mot de passe" hint={PASSWORD_HINT} error={errorMessage(errors.password)} required>
        {(control) => <input {...control} {...form.register('password')} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={submitting}>
        {submitting ? 'Enregistrement…' : 'Enregistrer le nouveau mot de passe'}
      </Button>
    </form>
  );
}
