'use client';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { PASSWORD_HINT } from '@/lib/schemas/auth';

type AccountValues = { name: string; email: string; password: string };

/** Name, e-mail and new password: shared by sign-up and invitation acceptance. */
export function AccountFields<T extends AccountValues>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<T> }) {
  const reg = register as unknown as UseFormRegister<AccountValues>;
  const errs = errors as FieldErrors<AccountValues>;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-lg font-semibold">Vous</legend>
      <Field id="name" label="Prénom et nom" error={errorMessage(errs.name)} required>
        {(control) => <input {...control} {...reg('name')} autoComplete="name" className={inputClass} />}
      </Field>
      <Field id="email" label="Adresse e-mail" error={errorMessage(errs.email)} required>
        {(control) => <input {...control} {...reg('email')} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field id="password" label="Mot de passe" hint={PASSWORD_HINT} error={errorMessage(errs.password)} required>
        {(control) => <input {...control} {...reg('password')} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
    </fieldset>
  );
}
