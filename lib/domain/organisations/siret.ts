/*
 * Le SIRET identifie un établissement : 14 chiffres (SIREN de 9 chiffres + NIC de 5), dont la clé
 * suit l'algorithme de Luhn. Exception connue : les établissements de La Poste (SIREN 356 000 000),
 * trop nombreux pour la clé de Luhn, sont valides quand la somme de leurs 14 chiffres est un
 * multiple de 5. Un financeur est reconnu à son SIRET : il est obligatoire pour lui et unique.
 */

export const LA_POSTE_SIREN = '356000000';
const SIRET_PATTERN = /^\d{14}$/;

/** « 123 456 789 00012 » → « 12345678900012 » (espaces et points ôtés). */
export function normaliseSiret(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/** Somme de Luhn : en partant de la droite, un chiffre sur deux est doublé (moins 9 au-delà de 9). */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

export function isValidSiret(value: string): boolean {
  if (!SIRET_PATTERN.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...value].reduce((sum, digit) => sum + Number(digit), 0);
    return digitSum % 5 === 0;
  }
  return luhnSum(value) % 10 === 0;
}

/** Le dernier chiffre qui rend `first13` valide selon Luhn (pour fabriquer des SIRET de test). */
export function luhnCheckDigit(first13: string): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    if (luhnSum(`${first13}${digit}`) % 10 === 0) return String(digit);
  }
  throw new RangeError('Aucune clé de Luhn trouvée.');
}

/** « 12345678900012 » → « 123 456 789 00012 », comme sur l'avis de situation INSEE. */
export function formatSiret(siret: string): string {
  return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
}
