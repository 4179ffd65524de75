import { describe, expect, it } from 'vitest';

import { personnelAmountCents } from '@/lib/domain/budget';

describe('personnelAmountCents : jours × coût journalier', () => {
  it.each([
    [3, 40000, 120000],
    [2.5, 33333, 83333],
    [0.5, 45001, 22501],
    [1.25, 100, 125],
    [0.33, 100, 33],
    [10, 0, 0],
    [0.01, 30000, 300],
  ])('%s jours × %i centimes = %i centimes', (days, dailyCostCents, expected) => {
    expect(personnelAmountCents({ days, dailyCostCents })).toBe(expected);
  });

  it('refuse plus de deux décimales de jours', () => {
    expect(() => personnelAmountCents({ days: 1.333, dailyCostCents: 30000 })).toThrow(RangeError);
  });
});
