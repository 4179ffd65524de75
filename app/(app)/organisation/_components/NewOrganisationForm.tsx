'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { OrganisationFields } from '@/components/forms/OrganisationFields';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { organisationSchema } from '@/lib/schemas/auth';
import { createOrganisationAction, switchOrganisationAction } from '@/lib/server/actions/organisations';

/**
 * Creating an organisation keeps the current one: what the person was doing (an event form in
 * another tab, a budget) stays where it was. Switching to the new one is a choice offered here.
 */
export function NewOrganisationForm() {
  const router = useRouter();
  const [created, setCreated] = useState<{ organisationId: string; name: string } | null>(null);
  const [switching, startSwitch] = useTransition();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: organisationSchema,
    action: createOrganisationAction,
    defaultValues: { organisationName: '', siret: '' },
    onSuccess: (data) => {
      setCreated(data);
      form.reset();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {created ? (
        <Alert tone="success">
          <p>
            La structure « {created.name} » est créée et vous en êtes administrateur·rice. Vous travaillez toujours dans votre structure
            actuelle : rien de ce que vous faisiez n’a changé de structure.
          </p>
          <button
            type="button"
            disabled={switching}
            className="mt-2 font-semibold text-brand-700 underline"
            onClick={() =>
              startSwitch(async () => {
                await switchOrganisationAction({ organisationId: created.organisationId });
                setCreated(null);
                router.refresh();
              })
            }
          >
            Passer à « {created.name} »
          </button>
        </Alert>
      ) : null}
      <OrganisationFields register={form.register} errors={errors} />
      <Button type="submit" disabled={submitting} className="self-start">
        Créer la structure
      </Button>
    </form>
  );
}
