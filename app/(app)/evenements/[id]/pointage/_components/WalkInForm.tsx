'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import type { AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import { addWalkInSchema } from '@/lib/schemas/attendance';
import { addWalkInAction } from '@/lib/server/actions/participants';

/** Someone at the door without a registration: a name and a category are enough. */
export function WalkInForm(props: { eventId: string; day: string; categories: ReadonlyArray<{ id: AudienceCategory; label: string }> }) {
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const defaults = { eventId: props.eventId, date: props.day, name: '', email: '', organisation: '' };
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: addWalkInSchema,
    action: addWalkInAction,
    defaultValues: defaults,
    onSuccess: (data) => {
      setAdded(`${data.name} est ajouté·e et marqué·e présent·e.`);
      form.reset(defaults);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {added ? <Alert tone="success">{added}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="walk-in-name" label="Nom et prénom" error={errorMessage(errors.name)} required>
          {(control) => <input {...control} {...form.register('name')} type="text" autoComplete="off" className={inputClass} />}
        </Field>
        <Field id="walk-in-category" label="Catégorie de public" error={errorMessage(errors.category)} required>
          {(control) => (
            <select {...control} {...form.register('category')} className={inputClass} defaultValue="">
              <option value="" disabled>
                Choisir…
              </option>
              {props.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="walk-in-email" label="Adresse e-mail" hint="Facultative : sans adresse, la personne ne reçoit aucun courriel." error={errorMessage(errors.email)}>
          {(control) => <input {...control} {...form.register('email')} type="email" autoComplete="off" className={inputClass} />}
        </Field>
        <Field id="walk-in-organisation" label="Structure" hint="Facultative." error={errorMessage(errors.organisation)}>
          {(control) => <input {...control} {...form.register('organisation')} type="text" autoComplete="off" className={inputClass} />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting} className="self-start">
        Ajouter et marquer présent·e
      </Button>
    </form>
  );
}
