import { describe, expect, it } from 'vitest';

import { percentOf } from '@/lib/domain/registrations/percent';

describe('percentOf', () => {
  it.each([
    [0, 0, null],
    [0, 5, 0],
    [1, 1, 100],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 6, 16.7],
    [1, 8, 12.5],
    [1, 16, 6.3], // 6,25 : le demi s'arrondit vers le haut
    [199, 200, 99.5],
    [1999, 2000, 100],
    [5, 4, 125],
  ])('%i sur %i → %s', (count, total, expected) => {
    expect(percentOf(count, total)).toBe(expected);
  });

  it.each([
    [-1, 3],
    [1, -3],
    [1.5, 3],
  ])('refuse %s sur %s', (count, total) => {
    expect(() => percentOf(count, total)).toThrow(RangeError);
  });
});
