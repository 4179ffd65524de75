import { describe, expect, it } from 'vitest';
import { formatSiret, isValidSiret, luhnCheckDigit, normaliseSiret } from '@/lib/domain/organisations/siret';

describe('isValidSiret', () => {
  it.each([
    ['73282932000074', true], // SIRET publié (Luhn)
    ['35600000000010', true], // La Poste : somme des chiffres 15, multiple de 5
    ['35600000049837', true], // La Poste, autre établissement (somme 45)
    ['73282932000075', false], // clé fausse
    ['35600000000049', false], // La Poste : somme 27
    ['7328293200007', false], // 13 chiffres
    ['732829320000745', false], // 15 chiffres
    ['7328293200007A', false],
    ['', false],
  ])('%s → %s', (siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });

  it('finds the Luhn key of the first 13 digits', () => {
    expect(luhnCheckDigit('7328293200007')).toBe('4');
    expect(isValidSiret(`1234567890123${luhnCheckDigit('1234567890123')}`)).toBe(true);
  });

  it('reads the spaced form and writes it back', () => {
    expect(normaliseSiret(' 732 829 320 00074 ')).toBe('73282932000074');
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
  });
});
