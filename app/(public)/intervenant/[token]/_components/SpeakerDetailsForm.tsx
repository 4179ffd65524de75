'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { DECLARED_GENDER_LABELS, DECLARED_GENDERS, type DeclaredGender, type SpeakerScope } from '@/lib/domain/programme/labels';
import { confirmSpeakerSchema, SPEAKER_BIO_MAX } from '@/lib/schemas/speakers';
import { confirmSpeakerAction } from '@/lib/server/actions/speaker-links';

const SCOPE_CHOICES: { value: SpeakerScope; label: string }[] = [
  { value: 'LOCAL', label: 'Du territoire (intervention locale)' },
  { value: 'NATIONAL', label: 'D’ailleurs (intervention nationale)' },
];

export function SpeakerDetailsForm(props: {
  token: string;
  speaker: { name: string; organisation: string | null; bio: string | null; gender: DeclaredGender | null; scope: SpeakerScope };
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: confirmSpeakerSchema,
    action: confirmSpeakerAction,
    defaultValues: {
      token: props.token,
      name: props.speaker.name,
      organisation: props.speaker.organisation ?? '',
      bio: props.speaker.bio ?? '',
      gender: props.speaker.gender ?? '',
      scope: props.speaker.scope,
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" onChange={() => setSaved(false)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Merci : vos informations sont confirmées.</Alert> : null}
      <Field id="intervenant-nom" label="Nom et prénom" required error={errorMessage(errors.name)}>
        {(control) => <input {...control} {...form.register('name')} autoComplete="name" className={inputClass} />}
      </Field>
      <Field id="intervenant-structure" label="Structure" error={errorMessage(errors.organisation)}>
        {(control) => <input {...control} {...form.register('organisation')} autoComplete="organization" className={inputClass} />}
      </Field>
      <Field
        id="intervenant-bio"
        label="Courte présentation"
        hint={`Quelques lignes pour le programme (${SPEAKER_BIO_MAX} caractères au plus).`}
        error={errorMessage(errors.bio)}
      >
        {(control) => <textarea {...control} {...form.register('bio')} rows={4} maxLength={SPEAKER_BIO_MAX} className={inputClass} />}
      </Field>
      <fieldset className="mb-3">
        <legend className="font-medium">Vous venez</legend>
        <div className="mt-1 flex flex-col gap-1">
          {SCOPE_CHOICES.map((choice) => (
            <label key={choice.value} className="flex items-center gap-2">
              <input type="radio" value={choice.value} {...form.register('scope')} className="h-4 w-4 accent-brand-700" />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id="intervenant-genre"
        label="Genre (facultatif)"
        hint="Sert seulement aux chiffres de parité du bilan de l’événement ; jamais affiché dans le programme."
        error={errorMessage(errors.gender)}
      >
        {(control) => (
          <select {...control} {...form.register('gender')} className={inputClass}>
            <option value="">Je préfère ne pas répondre</option>
            {DECLARED_GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {DECLARED_GENDER_LABELS[gender]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" disabled={submitting} className="self-start">
        Confirmer mes informations
      </Button>
    </form>
  );
}
