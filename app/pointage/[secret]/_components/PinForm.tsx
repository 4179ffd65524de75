'use client';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { unlockCheckInLinkSchema } from '@/lib/schemas/checkin-links';
import { unlockCheckInLinkAction } from '@/lib/server/actions/checkin-links';

/** The PIN of a volunteer's check-in link: once typed, this device opens the list until the link ends. */
export function PinForm({ secret }: { secret: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: unlockCheckInLinkSchema,
    action: unlockCheckInLinkAction,
    defaultValues: { secret, pin: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {formError && !errors.pin ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="pin" label="Code PIN (6 chiffres)" error={errorMessage(errors.pin)} required>
        {(control) => <input {...control} {...form.register('pin')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} className={inputClass} />}
      </Field>
      <Button type="submit" disabled={submitting} className="min-h-12">
        Ouvrir la liste de pointage
      </Button>
    </form>
  );
}
