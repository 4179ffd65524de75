'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { plural } from '@/lib/domain/format/french';
import { CHECK_IN_LINK_HOURS, createCheckInLinkSchema } from '@/lib/schemas/checkin-links';
import { createCheckInLinkAction, revokeCheckInLinkAction } from '@/lib/server/actions/checkin-links';

export type LinkRow = { id: string; label: string; expires: string; state: 'active' | 'expired' | 'revoked'; createdBy: string; taps: number };

const STATE_LABELS: Record<LinkRow['state'], string> = { active: 'actif', expired: 'expiré', revoked: 'révoqué' };

/**
 * Check-in links for volunteers at the door: each opens this event's check-in list only, with a PIN,
 * until it expires or is revoked. The address and the PIN are shown once, right after creation.
 */
export function CheckInLinks({ eventId, links }: { eventId: string; links: LinkRow[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ url: string; pin: string; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const defaults = { eventId, label: '', hours: 12 };
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createCheckInLinkSchema,
    action: createCheckInLinkAction,
    defaultValues: defaults,
    onSuccess: (data) => {
      setCreated({ url: `${window.location.origin}${data.path}`, pin: data.pin, label: form.getValues('label') });
      form.reset(defaults);
      router.refresh();
    },
  });
  const revoke = async (link: LinkRow) => {
    setError(null);
    const result = await revokeCheckInLinkAction({ eventId, linkId: link.id });
    if (!result.ok) setError(result.error);
    router.refresh();
  };
  return (
    <div className="flex flex-col gap-4">
      {created ? (
        <Alert tone="success">
          <p className="font-semibold">Lien « {created.label} » créé. Notez-le maintenant : il ne sera plus affiché.</p>
          <p className="mt-1 break-all">
            Adresse : <span data-testid="lien-benevole">{created.url}</span>
          </p>
          <p>
            Code PIN : <span data-testid="pin-benevole" className="font-mono text-lg font-bold">{created.pin}</span>
          </p>
          <p className="mt-1 text-sm">Transmettez le code PIN à part (de vive voix, par SMS), pas dans le même message que le lien.</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        {formError && !errors.label && !errors.hours ? <Alert tone="error">{formError}</Alert> : null}
        <Field id="link-label" label="Pour qui" hint="Exemple : « Accueil, entrée principale »." error={errorMessage(errors.label)} required>
          {(control) => <input {...control} {...form.register('label')} type="text" autoComplete="off" className={inputClass} />}
        </Field>
        <Field id="link-hours" label="Valable" error={errorMessage(errors.hours)} required>
          {(control) => (
            <select {...control} {...form.register('hours')} className={inputClass}>
              {CHECK_IN_LINK_HOURS.map((hours) => (
                <option key={hours} value={hours}>
                  {hours} heures
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={submitting} className="sm:mt-7">
          Créer le lien
        </Button>
      </form>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {links.length > 0 ? (
        <ul className="flex flex-col gap-2">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 p-3">
              <div className="min-w-0 flex-1">
                <p className="font-semibold">{link.label}</p>
                <p className="text-sm text-slate-700">
                  {STATE_LABELS[link.state]}
                  {link.state === 'active' ? ` jusqu’au ${link.expires}` : ''} · créé par {link.createdBy} · {plural(link.taps, { one: 'pointage', other: 'pointages' })}
                </p>
              </div>
              {link.state === 'active' ? (
                <Button type="button" variant="secondary" onClick={() => void revoke(link)} aria-label={`Révoquer le lien « ${link.label} »`}>
                  Révoquer
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
