'use client';
import { useRouter } from 'next/navigation';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { signInSchema } from '@/lib/schemas/auth';
import { signInAction } from '@/lib/server/actions/sign-in';

export function SignInForm() {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: signInSchema,
    action: signInAction,
    defaultValues: { email: '', password: '' },
    onSuccess: () => {
      router.replace('/');
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded-lg bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="email" label="Adresse e-mail" error={errorMessage(errors.email)} required>
        {(control) => <input {...control} {...form.register('email')} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field id="password" label="Mot de passe" error={errorMessage(errors.password)} required>
        {(control) => (
          <input {...control} {...form.register('password')} type="password" autoComplete="current-password" className={inputClass} />
        )}
      </Field>
      <Button type="submit" disabled={submitting}>
        {submitting ? 'Connexion…' : 'Se connecter'}
      </Button>
    </form>
  );
}
