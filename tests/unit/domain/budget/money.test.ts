import { describe, expect, it } from 'vitest';

import { MAX_AMOUNT_CENTS, MONEY_PARSE_ERROR_MESSAGES, divideCents, multiplyCents, parseEuros, percent, toHundredths } from '@/lib/domain/budget/money';
import { formatEuros } from '@/lib/domain/format/french';

const NBSP = '\u00a0';

describe('parseEuros', () => {
  it.each([
    ['1 234,56', 123456],
    [`1${NBSP}234,56`, 123456],
    ['1\u202f234,56', 123456],
    ['1234.56', 123456],
    ['1234,5', 123450],
    ['1,2', 120],
    ['12', 1200],
    ['0', 0],
    ['0,05', 5],
    ['  7,10  ', 710],
    ['12 €', 1200],
    ['12€', 1200],
    ['€ 12,30', 1230],
    [`1${NBSP}234,56${NBSP}€`, 123456],
    ['1 234 567,89', 123456789],
    ['007', 700],
    ['10 000 000', MAX_AMOUNT_CENTS],
  ])('lit « %s » comme %i centimes', (input, cents) => {
    expect(parseEuros(input)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['€', 'empty'],
    ['abc', 'invalid'],
    ['12 34', 'invalid'],
    ['1.234,56', 'invalid'],
    ['1e3', 'invalid'],
    ['5,', 'invalid'],
    [',5', 'invalid'],
    ['+5', 'invalid'],
    ['1,234', 'too-many-decimals'],
    ['12,345', 'too-many-decimals'],
    ['0,001', 'too-many-decimals'],
    ['-5', 'negative'],
    ['\u22125', 'negative'],
    ['- 5 €', 'negative'],
    ['10 000 000,01', 'too-large'],
    ['99999999999999999999', 'too-large'],
  ] as const)('refuse « %s » (%s) avec un message en français', (input, error) => {
    expect(parseEuros(input)).toEqual({ ok: false, error, message: MONEY_PARSE_ERROR_MESSAGES[error] });
  });

  it('explique les erreurs en français', () => {
    expect(MONEY_PARSE_ERROR_MESSAGES).toEqual({
      empty: 'Indiquez un montant.',
      invalid: 'Saisissez un montant en euros, par exemple 1 234,56.',
      negative: 'Le montant ne peut pas être négatif.',
      'too-many-decimals':
        'Indiquez au plus deux chiffres après la virgule (les milliers se séparent par une espace : 1 234,56).',
      'too-large': `Le montant ne peut pas dépasser 10${NBSP}000${NBSP}000,00${NBSP}€.`,
    });
  });
});

describe('formatEuros', () => {
  it.each([
    [123456, `1${NBSP}234,56${NBSP}€`],
    [0, `0,00${NBSP}€`],
    [5, `0,05${NBSP}€`],
    [100, `1,00${NBSP}€`],
    [99999, `999,99${NBSP}€`],
    [123456789, `1${NBSP}234${NBSP}567,89${NBSP}€`],
    [-123456, `-1${NBSP}234,56${NBSP}€`],
    [-5, `-0,05${NBSP}€`],
  ])('%i centimes → « %s »', (cents, text) => {
    expect(formatEuros(cents)).toBe(text);
  });

  it('n’emploie jamais la fine insécable U+202F', () => {
    expect(formatEuros(123456789)).not.toContain('\u202f');
  });

  it.each([0, 1, 99, 100, 101, 123456, 100000000, MAX_AMOUNT_CENTS])('relit %i à l’identique', (cents) => {
    expect(parseEuros(formatEuros(cents))).toEqual({ ok: true, value: cents });
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuse %s, qui n’est pas un nombre entier de centimes', (value) => {
    expect(() => formatEuros(value)).toThrow(RangeError);
  });
});

describe('multiplyCents', () => {
  it.each([
    [1, 0.5, 1, 'un demi-centime s’arrondit au centime supérieur'],
    [333, 0.5, 167, '166,5 centimes → 167'],
    [33333, 2.5, 83333, '2,5 jours × 333,33 € = 833,325 € → 833,33 €'],
    [45001, 0.5, 22501, '225,005 € → 225,01 €'],
    [49, 0.01, 0, '0,49 centime → 0'],
    [50, 0.01, 1, '0,5 centime → 1'],
    [100, 0.29, 29, '0,29 n’est pas 0,28999… (dérive flottante de 0,29 × 100)'],
    [10, 1.1, 11, '1,1 lu sur son écriture décimale'],
    [2500, 100, 250000, 'une quantité entière'],
    [0, 3, 0, 'un prix nul'],
    [12345, 0, 0, 'une quantité nulle'],
    [99999, 0.33, 33000, '329,9967 € → 330,00 €'],
    [MAX_AMOUNT_CENTS, 1000, MAX_AMOUNT_CENTS * 1000, 'de grands montants, sans perte'],
  ])('%i × %s = %i (%s)', (unit, quantity, expected) => {
    expect(multiplyCents(unit, quantity)).toBe(expected);
  });

  it.each([
    [100, 1.005, 'trois décimales'],
    [100, 0.1 + 0.2, 'une valeur flottante qui n’a pas deux décimales'],
    [100, -1, 'une quantité négative'],
    [100, Number.NaN, 'NaN'],
    [100, 1e-7, 'une écriture scientifique'],
    [1.5, 2, 'un prix qui n’est pas en centimes entiers'],
    [-100, 2, 'un prix négatif'],
  ])('refuse %s × %s (%s)', (unit, quantity) => {
    expect(() => multiplyCents(unit, quantity)).toThrow(RangeError);
  });
});

describe('toHundredths', () => {
  it.each([
    [2.5, 250],
    [0.01, 1],
    [3, 300],
    [0.29, 29],
    [1.005, null],
    [-1, null],
  ])('%s → %s', (quantity, expected) => {
    expect(toHundredths(quantity)).toBe(expected);
  });
});

describe('divideCents', () => {
  it.each([
    [100000, 3, 33333],
    [200000, 3, 66667],
    [5, 2, 3],
    [0, 7, 0],
    [-5, 2, -3],
  ])('%i ÷ %i = %i', (cents, divisor, expected) => {
    expect(divideCents(cents, divisor)).toBe(expected);
  });

  it.each([0, -1, 1.5])('refuse le diviseur %s', (divisor) => {
    expect(() => divideCents(100, divisor)).toThrow(RangeError);
  });
});

describe('percent', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [149, 1000, 14.9],
    [1, 16, 6.3],
    [-1, 16, -6.3],
    [-15000, 100000, -15],
    [3, 2, 150],
    [0, 5, 0],
    [-1, 100000, 0],
    [1, 0, null],
    [0, 0, null],
  ])('%i sur %i → %s %', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});
