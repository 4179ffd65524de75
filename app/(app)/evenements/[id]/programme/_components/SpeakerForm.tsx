'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { DECLARED_GENDER_LABELS, DECLARED_GENDERS, SPEAKER_SCOPE_LABELS, SPEAKER_SCOPES } from '@/lib/domain/programme/labels';
import { createSpeakerSchema } from '@/lib/schemas/programme';
import { createSpeakerAction, updateSpeakerAction } from '@/lib/server/actions/programme-speakers';
import type { ProgrammeSpeakerView } from '@/lib/server/queries/programme';

export function SpeakerForm({ eventId, speaker }: { eventId: string; speaker?: ProgrammeSpeakerView }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createSpeakerSchema,
    action: (input) => (speaker ? updateSpeakerAction({ ...input, speakerId: speaker.id }) : createSpeakerAction(input)),
    defaultValues: {
      eventId,
      name: speaker?.name ?? '',
      role: speaker?.role ?? '',
      organisation: speaker?.organisation ?? '',
      scope: speaker?.scope ?? 'LOCAL',
      gender: speaker?.gender ?? '',
      email: speaker?.email ?? '',
      phone: speaker?.phone ?? '',
    },
    onSuccess: () => {
      setSaved(true);
      if (!speaker) form.reset();
      router.refresh();
    },
  });
  const id = (field: string) => `intervenant-${speaker?.id ?? 'nouveau'}-${field}`;
  const text = (field: 'name' | 'role' | 'organisation' | 'email' | 'phone', label: string, type = 'text', required = false) => (
    <Field id={id(field)} label={label} error={errorMessage(errors[field])} required={required}>
      {(control) => <input {...control} {...form.register(field)} type={type} className={inputClass} />}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" onChange={() => setSaved(false)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{speaker ? 'Fiche enregistrée.' : 'Personne ajoutée.'}</Alert> : null}
      <div className="grid items-end gap-3 sm:grid-cols-3">
        {text('name', 'Nom', 'text', true)}
        {text('role', 'Fonction')}
        {text('organisation', 'Structure')}
        {text('email', 'E-mail', 'email')}
        {text('phone', 'Téléphone', 'tel')}
        <Field
          id={id('genre')}
          label="Genre (facultatif)"
          hint="Déclaré par la personne ; sert seulement aux chiffres de parité du bilan."
          error={errorMessage(errors.gender)}
        >
          {(control) => (
            <select {...control} {...form.register('gender')} className={inputClass}>
              <option value="">Non renseigné</option>
              {DECLARED_GENDERS.map((gender) => (
                <option key={gender} value={gender}>
                  {DECLARED_GENDER_LABELS[gender]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset>
        <legend className="font-medium">Portée</legend>
        <div className="mt-1 flex gap-4">
          {SPEAKER_SCOPES.map((scope) => (
            <label key={scope} className="flex items-center gap-2">
              <input type="radio" value={scope} {...form.register('scope')} className="h-4 w-4 accent-brand-700" />
              {SPEAKER_SCOPE_LABELS[scope]}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant={speaker ? 'secondary' : 'primary'} disabled={submitting} className="self-start">
        {speaker ? 'Enregistrer la fiche' : 'Ajouter la personne'}
      </Button>
    </form>
  );
}
