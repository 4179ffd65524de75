'use client';
import { useRouter } from 'next/navigation';
import { OrganisationFields } from '@/components/forms/OrganisationFields';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { organisationSchema } from '@/lib/schemas/auth';
import { createOrganisationAction } from '@/lib/server/actions/organisations';

export function NewOrganisationForm() {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: organisationSchema,
    action: createOrganisationAction,
    defaultValues: { organisationName: '', siret: '' },
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <OrganisationFields register={form.register} errors={errors} />
      <Button type="submit" disabled={submitting} className="self-start">
        Créer la structure
      </Button>
    </form>
  );
}
