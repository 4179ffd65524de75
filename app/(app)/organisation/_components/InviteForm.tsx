'use client';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { createInvitationSchema, MEMBERSHIP_ROLES, MEMBERSHIP_ROLE_LABELS } from '@/lib/schemas/auth';
import { createInvitationAction } from '@/lib/server/actions/invitations';

export function InviteForm() {
  const [link, setLink] = useState<string | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createInvitationSchema,
    action: createInvitationAction,
    defaultValues: { role: 'COORDINATOR' },
    onSuccess: (data) => setLink(`${window.location.origin}${data.path}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="role" label="Rôle de la personne invitée" error={errorMessage(errors.role)} required>
        {(control) => (
          <select {...control} {...form.register('role')} className={inputClass}>
            {MEMBERSHIP_ROLES.map((role) => (
              <option key={role} value={role}>
                {MEMBERSHIP_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" disabled={submitting} className="self-start">
        Créer le lien d’invitation
      </Button>
      {link ? (
        <Alert tone="success">
          <p className="mb-1">Lien à transmettre :</p>
          <label htmlFor="invitation-link" className="sr-only">
            Lien d’invitation
          </label>
          <input id="invitation-link" readOnly value={link} className={`${inputClass} font-mono text-sm`} onFocus={(e) => e.target.select()} />
        </Alert>
      ) : null}
    </form>
  );
}
