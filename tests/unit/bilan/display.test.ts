import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatEntered, formatMoney, formatObjective, formatPersonnel, formatRate, formatRating } from '@/lib/domain/bilan/display';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('bilan display', () => {
  it('writes counts, rates and ratings the French way', () => {
    expect(formatCount(1234)).toBe('1\u00a0234');
    expect(formatRate(12.5)).toBe('12,5\u00a0%');
    expect(formatRate(0)).toBe('0,0\u00a0%');
    expect(formatRate(null)).toBe('—');
    expect(formatRating(4.25)).toBe('4,3\u00a0/\u00a05');
    expect(formatRating(null)).toBe('—');
  });

  it('writes durations, money and entered values', () => {
    expect(formatDuration(45)).toBe('45\u00a0min');
    expect(formatDuration(120)).toBe('2\u00a0h');
    expect(formatDuration(450)).toBe('7\u00a0h\u00a030');
    expect(formatMoney(123456)).toBe('1\u00a0234,56\u00a0€');
    expect(formatMoney(null)).toBe('—');
    expect(formatEntered(null, 'h')).toBe('non renseigné');
    expect(formatEntered(12, 'h')).toBe('12\u00a0h');
  });

  it.each([
    [90, 100, 150, 'Objectif de 100 à 150 participant·es : non atteint (90)'],
    [100, 100, 150, 'Objectif de 100 à 150 participant·es : atteint (100)'],
    [150, 100, 150, 'Objectif de 100 à 150 participant·es : atteint (150)'],
    [151, 100, 150, 'Objectif de 100 à 150 participant·es : dépassé (151)'],
    [99, 100, null, 'Objectif de 100 participant·es : non atteint (99)'],
    [100, 100, 100, 'Objectif de 100 participant·es : atteint (100)'],
    [1234, 1200, null, 'Objectif de 1 200 participant·es : dépassé (1 234)'],
    [90, null, 150, 'Objectif de 150 participant·es au plus : atteint (90)'],
    [180, null, 150, 'Objectif de 150 participant·es au plus : dépassé (180)'],
    [90, null, null, 'Pas d’objectif de participation fixé (90 participant·es)'],
  ])('says the objective plainly: %s present, objective %s–%s', (total, objectiveMin, objectiveMax, expected) => {
    expect(plain(formatObjective({ total, objectiveMin, objectiveMax }))).toBe(expected);
  });

  it('writes personnel time as who, days and daily cost', () => {
    expect(plain(formatPersonnel({ who: 'Hub du Sud numérique', days: 3.5, dailyCostCents: 25_000 }))).toBe('Hub du Sud numérique, 3,5 j × 250,00 €');
  });
});
