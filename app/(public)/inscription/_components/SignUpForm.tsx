'use client';
import { useState } from 'react';
import { AccountFields } from '@/components/forms/AccountFields';
import { CheckYourEmail } from '@/components/forms/CheckYourEmail';
import { OrganisationFields } from '@/components/forms/OrganisationFields';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import type { DiagnosticAnswers } from '@/lib/domain/diagnostic';
import { signUpSchema } from '@/lib/schemas/auth';
import { signUpAction } from '@/lib/server/actions/sign-up';

/** `diagnostic`: the anonymous diagnostic's answers, sent along (not shown as fields). */
export function SignUpForm({ diagnostic }: { diagnostic?: DiagnosticAnswers }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: signUpSchema,
    action: signUpAction,
    defaultValues: { name: '', email: '', password: '', organisationName: '', siret: '', diagnostic },
    onSuccess: (data) => setSentTo(data.email),
  });
  if (sentTo) return <CheckYourEmail email={sentTo} />;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6 rounded-lg bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <AccountFields register={form.register} errors={errors} />
      <OrganisationFields register={form.register} errors={errors} />
      <Button type="submit" disabled={submitting}>
        {submitting ? 'Création…' : 'Créer mon compte'}
      </Button>
    </form>
  );
}
