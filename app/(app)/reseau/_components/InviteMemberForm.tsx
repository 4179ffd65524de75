'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { inviteNetworkMemberSchema } from '@/lib/schemas/networks';
import { inviteNetworkMemberAction } from '@/lib/server/actions/networks';

/** The network invites an organisation of Trame, chosen by name; its admins answer from « Ma structure ». */
export function InviteMemberForm({ candidates }: { candidates: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const [invited, setInvited] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: inviteNetworkMemberSchema,
    action: inviteNetworkMemberAction,
    defaultValues: { organisationId: '' },
    onSuccess: () => {
      setInvited(true);
      form.reset({ organisationId: '' });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate onChange={() => setInvited(false)} className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {invited ? <Alert tone="success">Invitation envoyée : elle attend la réponse de la structure.</Alert> : null}
      <Field id="network-member" label="Structure à inviter" hint="Ses administrateurs et administratrices acceptent depuis « Ma structure »." error={errorMessage(errors.organisationId)} required>
        {(control) => (
          <select {...control} {...form.register('organisationId')} className={inputClass}>
            <option value="">Choisir une structure</option>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" disabled={submitting} className="self-start">
        Inviter dans le réseau
      </Button>
    </form>
  );
}
