'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { BILAN_LINK_DEFAULT_DAYS, BILAN_LINK_MAX_DAYS, createBilanLinkSchema } from '@/lib/schemas/bilan-sharing';
import { createBilanLinkAction } from '@/lib/server/actions/bilan-sharing';

/** Creates a read-only link that expires; Trame keeps only its hash, so the address is shown once. */
export function CreateLinkForm({ versionId }: { versionId: string }) {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createBilanLinkSchema,
    action: createBilanLinkAction,
    defaultValues: { versionId, label: '', days: BILAN_LINK_DEFAULT_DAYS },
    onSuccess: (data) => {
      setCreated(new URL(data.path, window.location.origin).toString());
      form.reset({ versionId, label: '', days: BILAN_LINK_DEFAULT_DAYS });
      router.refresh();
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">Créer un lien en lecture seule</legend>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {created ? (
          <Alert tone="success">
            <p className="font-semibold">Lien créé. Copiez-le maintenant : il ne sera plus affiché.</p>
            <label htmlFor="created-link" className="sr-only">
              Adresse du lien
            </label>
            <input id="created-link" readOnly value={created} className={`${inputClass} mt-2 font-mono text-sm`} onFocus={(e) => e.currentTarget.select()} />
          </Alert>
        ) : null}
        <input type="hidden" {...form.register('versionId')} />
        <Field id="link-label" label="Libellé (pour vous retrouver)" hint="Par exemple : comité de suivi de mars." error={errorMessage(errors.label)}>
          {(control) => <input {...control} {...form.register('label')} className={inputClass} />}
        </Field>
        <Field id="link-days" label="Valable pendant (jours)" hint={`De 1 à ${BILAN_LINK_MAX_DAYS} jours.`} error={errorMessage(errors.days)} required>
          {(control) => <input {...control} type="number" min={1} max={BILAN_LINK_MAX_DAYS} inputMode="numeric" {...form.register('days', { valueAsNumber: true })} className={`${inputClass} max-w-32`} />}
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={submitting}>
            Créer le lien
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
