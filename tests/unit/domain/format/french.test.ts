import { describe, expect, it } from 'vitest';
import {
  de,
  formatCount,
  formatDuration,
  formatEuros,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  formatWholeEuros,
  pdfText,
  plural,
  pluralForm,
  startsWithVowelSound,
} from '@/lib/domain/format/french';

const nb = (text: string) => text.replace(/ /g, '\u00a0');

describe('numbers', () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [1.5, '1,5'],
    [1.25, '1,3'], // half away from zero
    [-3, '-3'],
    [1234, '1 234'],
    [1234567.89, '1 234 567,9'],
  ])('formatNumber(%d) → %s', (value, expected) => expect(formatNumber(value)).toBe(nb(expected)));

  it('shows a fixed number of decimals when asked', () => {
    expect(formatNumber(50, { decimals: 1, fixed: true })).toBe('50,0');
    expect(formatNumber(2 / 3, { decimals: 2 })).toBe('0,67');
  });

  it.each([
    [0, '0'],
    [2.5, '3'],
    [1234, '1 234'],
  ])('formatCount(%d) → %s', (value, expected) => expect(formatCount(value)).toBe(nb(expected)));

  it('never writes the narrow no-break space Intl uses (PDF fonts lack it)', () => {
    expect(formatCount(1_000_000)).not.toMatch(/\u202f/);
    expect(formatEuros(123_456_789)).not.toMatch(/\u202f/);
  });
});

describe('percent', () => {
  it.each([
    [0, '0 %'],
    [12.5, '12,5 %'],
    [66.666, '66,7 %'],
    [100, '100 %'],
    [-20, '-20 %'],
  ])('formatPercent(%d) → %s', (value, expected) => expect(formatPercent(value)).toBe(nb(expected)));

  it('writes « — » without a rate, and fixed decimals on demand', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(50, { fixed: true })).toBe(nb('50,0 %'));
  });

  it.each([
    [20, '+20 %'],
    [-12.5, '\u221212,5 %'],
    [0, '0 %'],
  ])('formatSignedPercent(%d) → %s', (value, expected) => expect(formatSignedPercent(value)).toBe(nb(expected)));
});

describe('money in integer cents', () => {
  it.each([
    [0, '0,00 €'],
    [1, '0,01 €'],
    [5, '0,05 €'],
    [100, '1,00 €'],
    [123456, '1 234,56 €'],
    [-1050, '-10,50 €'],
    [-1, '-0,01 €'],
    [900_719_925_474_099, '9 007 199 254 740,99 €'],
  ])('formatEuros(%i) → %s', (cents, expected) => expect(formatEuros(cents)).toBe(nb(expected)));

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %d, which is not integer cents', (value) => {
    expect(() => formatEuros(value)).toThrow(RangeError);
  });

  it('formatMoney writes « — » for nothing entered', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney(250)).toBe(nb('2,50 €'));
  });

  it('formatWholeEuros rounds to the euro for chart axes', () => {
    expect(formatWholeEuros(123456)).toBe(nb('1 235 €'));
    expect(formatWholeEuros(0)).toBe(nb('0 €'));
  });
});

describe('durations', () => {
  it.each([
    [0, '0 min'],
    [1, '1 min'],
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30'],
    [425, '7 h 05'],
    [6000, '100 h'],
    [-90, '-1 h 30'],
  ])('formatDuration(%i) → %s', (minutes, expected) => expect(formatDuration(minutes)).toBe(nb(expected)));
});

describe('plural agreement (Intl.PluralRules fr-FR)', () => {
  const conflicts = { one: 'conflit bloquant', other: 'conflits bloquants' };
  it.each([
    [0, '0 conflit bloquant'],
    [1, '1 conflit bloquant'],
    [1.5, '1,5 conflit bloquant'], // French: below 2 is singular
    [2, '2 conflits bloquants'],
    [4, '4 conflits bloquants'],
    [1000, '1 000 conflits bloquants'],
  ])('plural(%d) → %s', (count, expected) => expect(plural(count, conflicts)).toBe(expected.replace('1 000', nb('1 000'))));

  it('uses the « many » form for round millions when given, `other` otherwise', () => {
    expect(pluralForm(1_000_000, { one: 'personne', other: 'personnes', many: 'de personnes' })).toBe('de personnes');
    expect(pluralForm(1_000_000, { one: 'personne', other: 'personnes' })).toBe('personnes');
  });
});

describe('elision of « de »', () => {
  it.each([
    ['Amina', 'd’Amina'],
    ['un atelier', 'd’un atelier'],
    ['Élodie', 'd’Élodie'],
    ['Hélène', 'd’Hélène'], // mute h
    ['Yves', 'd’Yves'],
    ['Lucas', 'de Lucas'],
    ['handicap', 'de handicap'], // aspirated h
    ['yoga', 'de yoga'],
    ['2027', 'de 2027'],
  ])('de(%s) → %s', (word, expected) => expect(de(word)).toBe(expected));

  it('reads the sound, not just the letter', () => {
    expect(startsWithVowelSound('  Inès')).toBe(true);
    expect(startsWithVowelSound('Hugo')).toBe(true);
    expect(startsWithVowelSound('hasard')).toBe(false);
  });
});

describe('pdfText', () => {
  it('replaces the characters the PDF built-in fonts lack', () => {
    expect(pdfText('1\u202f234\u2009€ ≤ 5 ≥ \u22123')).toBe('1\u00a0234\u00a0€ <= 5 >= -3');
  });
});
