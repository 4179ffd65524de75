'use client';
import { useState } from 'react';
import { AccountFields } from '@/components/forms/AccountFields';
import { CheckYourEmail } from '@/components/forms/CheckYourEmail';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { acceptInvitationSchema } from '@/lib/schemas/auth';
import { acceptInvitationAction } from '@/lib/server/actions/invitations';

export function AcceptInvitationForm({ token }: { token: string }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: acceptInvitationSchema,
    action: acceptInvitationAction,
    defaultValues: { token, name: '', email: '', password: '' },
    onSuccess: (data) => setSentTo(data.email),
  });
  if (sentTo) return <CheckYourEmail email={sentTo} />;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6 rounded-lg bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <AccountFields register={form.register} errors={errors} />
      <Button type="submit" disabled={submitting}>
        Créer mon compte et rejoindre la structure
      </Button>
    </form>
  );
}
