'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { shareBilanSchema } from '@/lib/schemas/bilan-sharing';
import { shareBilanAction } from '@/lib/server/actions/bilan-sharing';
import type { FunderOption } from '@/lib/server/queries/bilan-shares';

/** Chooses a funder organisation among those registered in Trame and shares the version with it. */
export function ShareWithFunderForm({ versionId, funders }: { versionId: string; funders: readonly FunderOption[] }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: shareBilanSchema,
    action: shareBilanAction,
    defaultValues: { versionId, organisationId: '' },
    onSuccess: () => {
      const chosen = funders.find((f) => f.id === form.getValues('organisationId'));
      setDone(chosen ? `Bilan partagé avec ${chosen.name}.` : 'Bilan partagé.');
      form.reset({ versionId, organisationId: '' });
      router.refresh();
    },
  });
  if (funders.length === 0) return <p className="text-slate-700">Aucune structure financeuse n’a encore de compte dans Trame.</p>;
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <input type="hidden" {...form.register('versionId')} />
      <Field id="share-funder" label="Financeur" hint="Ses comptes verront cette version en lecture seule, avec les exports. Vérifiez le SIRET : un financeur « non vérifié » n’a pas encore été contrôlé par les administrateur·rices de Trame." error={errorMessage(errors.organisationId)} required>
        {(control) => (
          <select {...control} {...form.register('organisationId')} className={inputClass}>
            <option value="">Choisir un financeur…</option>
            {funders.map((funder) => (
              <option key={funder.id} value={funder.id}>
                {funder.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <Button type="submit" disabled={submitting}>
          Partager avec ce financeur
        </Button>
      </div>
    </form>
  );
}
