import { describe, expect, it } from 'vitest';
import { frenchMonthNumber, parseFrenchMonth } from '@/lib/domain/dates';

describe('parseFrenchMonth', () => {
  it.each([
    ['2024-08', '2024-08'],
    ['2024-08-15', '2024-08'],
    ['2024-08-15T00:00:00', '2024-08'],
    ['08/2024', '2024-08'],
    ['8/2024', '2024-08'],
    ['15/08/2024', '2024-08'],
    ['08/24', '2024-08'],
    ['août-24', '2024-08'],
    ['aout-24', '2024-08'],
    ['AOÛT 2024', '2024-08'],
    ['août 2024', '2024-08'],
    ['juil. 2024', '2024-07'],
    ['juil.-24', '2024-07'],
    ['juillet 2024', '2024-07'],
    ['sept. 2024', '2024-09'],
    ['févr.-25', '2025-02'],
    ['déc 2024', '2024-12'],
    ['mars-25', '2025-03'],
    ['1er mars 2025', '2025-03'],
    ['  mai 2025 ', '2025-05'],
  ])('« %s » → %s', (raw, expected) => {
    expect(parseFrenchMonth(raw)).toBe(expected);
  });

  it.each(['', 'août', '13/2024', '2024-13', 'maison 2024', 'Q3 2024', '2024'])('« %s » is not a month', (raw) => {
    expect(parseFrenchMonth(raw)).toBeNull();
  });
});

describe('frenchMonthNumber', () => {
  it.each([
    ['août', 8],
    ['aout', 8],
    ['AOÛT', 8],
    ['juil.', 7],
    ['juillet', 7],
    ['sept', 9],
    ['févr.', 2],
    ['déc', 12],
    ['mars', 3],
    ['mai', 5],
    ['maison', null],
  ])('%s → %s', (word, month) => {
    expect(frenchMonthNumber(word)).toBe(month);
  });
});
