'use client';
import { useEffect, useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { WEBHOOK_KINDS, WEBHOOK_KIND_LABELS } from '@/lib/domain/webhooks/kinds';
import { createWebhookEndpointSchema } from '@/lib/schemas/webhooks';
import { createWebhookEndpointAction } from '@/lib/server/actions/webhooks';
import { SecretOnce } from './SecretOnce';

const FIELDS = ['url', 'description', 'kinds'] as const;

export function WebhookForm() {
  const [secret, setSecret] = useState<string | null>(null);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createWebhookEndpointSchema,
    action: createWebhookEndpointAction,
    defaultValues: { url: '', description: '', kinds: [] },
    onSuccess: (data) => {
      setSecret(data.secret);
      form.reset();
    },
  });
  const kindsError = errorMessage(errors.kinds);
  const { isSubmitting, submitCount } = form.formState;
  // Once a submission ends with errors (the browser's or the server's), focus goes to the first one.
  useEffect(() => {
    if (isSubmitting || submitCount === 0) return;
    const first = FIELDS.find((name) => form.getFieldState(name).error);
    if (first === 'kinds') document.querySelector<HTMLInputElement>('input[name="kinds"]')?.focus();
    else if (first) form.setFocus(first);
  }, [form, isSubmitting, submitCount]);
  return (
    <div className="flex flex-col gap-4">
      {secret ? <SecretOnce secret={secret} /> : null}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field id="webhook-url" label="Adresse de réception (HTTPS)" hint="Par exemple https://exemple.fr/trame" error={errorMessage(errors.url)} required>
          {(control) => <input {...control} {...form.register('url')} type="url" inputMode="url" autoComplete="off" className={inputClass} />}
        </Field>
        <Field id="webhook-description" label="Description" hint="Facultatif : à quoi sert cette adresse." error={errorMessage(errors.description)}>
          {(control) => <input {...control} {...form.register('description')} type="text" className={inputClass} />}
        </Field>
        <fieldset className="flex flex-col gap-1" aria-describedby={kindsError ? 'webhook-kinds-error' : undefined}>
          <legend className="font-medium">
            Envois souhaités
            <span aria-hidden="true" className="text-accent-600"> *</span>
          </legend>
          {WEBHOOK_KINDS.map((kind) => (
            <label key={kind} className="flex items-center gap-2">
              <input type="checkbox" value={kind} {...form.register('kinds')} aria-invalid={kindsError ? true : undefined} className="h-5 w-5 accent-brand-700" />
              {WEBHOOK_KIND_LABELS[kind]}
            </label>
          ))}
          <p id="webhook-kinds-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {kindsError}
          </p>
        </fieldset>
        <Button type="submit" disabled={submitting} className="self-start">
          Ajouter le point de réception
        </Button>
      </form>
    </div>
  );
}
