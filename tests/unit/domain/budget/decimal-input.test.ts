import { describe, expect, it } from 'vitest';
import {
  formatCentsDecimal,
  formatEurosInput,
  formatQuantity,
  fromHundredths,
  parseQuantity,
  spreadsheetNumberToText,
} from '@/lib/domain/budget/decimal-input';
import { parseEuros, toHundredths } from '@/lib/domain/budget';

describe('parseQuantity', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 3 ', 3],
    ['1 000', 1000],
    ['0,07', 0.07],
    ['1\u00a0000,25', 1000.25],
  ])('lit %j', (text, value) => {
    expect(parseQuantity(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Indiquez une quantité.'],
    ['-1', 'La quantité ne peut pas être négative.'],
    ['2,555', 'Indiquez au plus deux chiffres après la virgule.'],
    ['deux', 'Saisissez un nombre, par exemple 2,5.'],
    ['0', 'La quantité doit être positive.'],
    ['12345678', 'Cette quantité est trop grande.'],
  ])('refuse %j', (text, message) => {
    expect(parseQuantity(text)).toEqual({ ok: false, message });
  });
});

describe('writing decimals', () => {
  it.each([
    [0, '0,00'],
    [5, '0,05'],
    [123456, '1234,56'],
    [100000000, '1000000,00'],
  ])('formatCentsDecimal(%i) = %j, relu à l’identique', (cents, text) => {
    expect(formatCentsDecimal(cents)).toBe(text);
    expect(parseEuros(text)).toEqual({ ok: true, value: cents });
  });

  it('écrit un montant de champ de saisie avec des espaces ordinaires', () => {
    expect(formatEurosInput(123456789)).toBe('1 234 567,89');
    expect(parseEuros(formatEurosInput(123456789))).toEqual({ ok: true, value: 123456789 });
  });

  it.each([
    [2.5, '2,5'],
    [3, '3'],
    [0.07, '0,07'],
    [1000.25, '1000,25'],
  ])('formatQuantity(%f) = %j', (quantity, text) => {
    expect(formatQuantity(quantity)).toBe(text);
  });

  it.each([[0], [7], [250], [100025], [99999999]])('fromHundredths(%i) se relit exactement', (hundredths) => {
    expect(toHundredths(fromHundredths(hundredths))).toBe(hundredths);
  });
});

describe('spreadsheetNumberToText', () => {
  it.each([
    [1234.56, '1234.56'],
    [0.1 + 0.2, '0.3'],
    [2500, '2500'],
    [19.99 * 3, '59.97'],
    [1e-7, '0.0000001'],
  ])('ramène %f à %j', (value, text) => {
    expect(spreadsheetNumberToText(value)).toBe(text);
  });
});
