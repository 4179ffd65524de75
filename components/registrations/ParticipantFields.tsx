'use client';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { listAudienceCategories } from '@/lib/domain/registrations/audience-categories';

type ParticipantValues = { name: string; email: string; organisation: string; category: string; accessibilityNeeds: string };

/** Who registers: shared by the public form and the personal page (where the e-mail cannot change). */
export function ParticipantFields<T extends Partial<ParticipantValues>>(props: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  withEmail: boolean;
}) {
  const reg = props.register as unknown as UseFormRegister<ParticipantValues>;
  const errs = props.errors as FieldErrors<ParticipantValues>;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-lg font-semibold">Vous</legend>
      <Field id="name" label="Prénom et nom" error={errorMessage(errs.name)} required>
        {(control) => <input {...control} {...reg('name')} autoComplete="name" className={inputClass} />}
      </Field>
      {props.withEmail ? (
        <Field
          id="email"
          label="Adresse e-mail"
          hint="Votre lien personnel y sera envoyé. Déjà inscrit·e ? La même adresse met votre inscription à jour."
          error={errorMessage(errs.email)}
          required
        >
          {(control) => <input {...control} {...reg('email')} type="email" autoComplete="email" inputMode="email" className={inputClass} />}
        </Field>
      ) : null}
      <Field id="organisation" label="Structure" hint="Facultatif." error={errorMessage(errs.organisation)}>
        {(control) => <input {...control} {...reg('organisation')} autoComplete="organization" className={inputClass} />}
      </Field>
      <Field id="category" label="Vous êtes" error={errorMessage(errs.category)} required>
        {(control) => (
          <select {...control} {...reg('category')} className={inputClass}>
            <option value="">Choisissez…</option>
            {listAudienceCategories().map((category) => (
              <option key={category.id} value={category.id}>
                {category.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="accessibilityNeeds"
        label="Besoins d’accessibilité"
        hint="Facultatif : mobilité, audition, vue, interprétation LSF, régime alimentaire… pour que nous puissions vous accueillir au mieux."
        error={errorMessage(errs.accessibilityNeeds)}
      >
        {(control) => <textarea {...control} {...reg('accessibilityNeeds')} rows={3} className={inputClass} />}
      </Field>
    </fieldset>
  );
}
