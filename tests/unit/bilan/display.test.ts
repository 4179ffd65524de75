import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatEntered, formatMoney, formatRate, formatRating } from '@/lib/domain/bilan/display';

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
});
