'use client';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from '@/lib/schemas/auth';

type OrganisationValues = { organisationName: string; organisationKind: string; siret?: string };

/** The organisation part of the sign-up and "new organisation" forms. */
export function OrganisationFields<T extends OrganisationValues>({
  register,
  errors,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}) {
  const reg = register as unknown as UseFormRegister<OrganisationValues>;
  const errs = errors as FieldErrors<OrganisationValues>;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-lg font-semibold">Votre structure</legend>
      <Field id="organisationName" label="Nom de la structure" error={errorMessage(errs.organisationName)} required>
        {(control) => <input {...control} {...reg('organisationName')} autoComplete="organization" className={inputClass} />}
      </Field>
      <Field id="organisationKind" label="Type de structure" error={errorMessage(errs.organisationKind)} required>
        {(control) => (
          <select {...control} {...reg('organisationKind')} className={inputClass}>
            <option value="">— Choisir —</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ORGANISATION_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="siret"
        label="SIRET (obligatoire pour un financeur)"
        hint="14 chiffres, sur l’avis de situation INSEE. Un financeur est reconnu à son SIRET quand une structure lui partage un bilan."
        error={errorMessage(errs.siret)}
      >
        {(control) => <input {...control} {...reg('siret')} inputMode="numeric" className={inputClass} />}
      </Field>
    </fieldset>
  );
}
