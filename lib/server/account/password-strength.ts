import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as french from '@zxcvbn-ts/language-fr';
import { FieldError } from '@/lib/server/action';

// Checked on the server only: the dictionaries weigh megabytes and must not reach the browser. The
// form's zod schema (lib/schemas/auth.ts) checks the length; this adds the guessability, as a field
// error under the same input.
export const MIN_SCORE = 3;
export const WEAK_PASSWORD =
  'Ce mot de passe est trop facile à deviner (trop courant, ou trop proche de votre nom ou de votre e-mail). Allongez-le, par exemple avec quelques mots sans rapport entre eux.';

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
    translations: french.translations,
  });
  return factory;
}

/** The person's own words count as known to an attacker: the e-mail, its parts, the name. */
function personalWords(person: { email: string; name?: string }): string[] {
  const [local = '', domain = ''] = person.email.toLowerCase().split('@');
  return [person.email.toLowerCase(), local, domain, ...local.split(/[._+-]/), ...(person.name ? [person.name, ...person.name.split(/\s+/)] : [])].filter(
    (word) => word.length >= 3,
  );
}

export function isStrongPassword(password: string, person: { email: string; name?: string }): boolean {
  return estimator().check(password, personalWords(person)).score >= MIN_SCORE;
}

/** Throws the field error shown under the password input (`field`) when the password is too weak. */
export function assertStrongPassword(password: string, person: { email: string; name?: string }, field = 'password'): void {
  if (!isStrongPassword(password, person)) throw new FieldError(field, WEAK_PASSWORD);
}
