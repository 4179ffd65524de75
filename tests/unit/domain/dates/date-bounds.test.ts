import { describe, expect, it } from 'vitest';
import { boundedIsoDate, DATE_OUT_OF_BOUNDS, isWithinDateBounds } from '@/lib/domain/dates/date-bounds';
import { calendarDateSchema } from '@/lib/schemas/calendar-date';

describe('date bounds', () => {
  it.each([
    ['2000-01-01', true],
    ['2100-12-31', true],
    ['2026-12-04', true],
    ['1999-12-31', false],
    ['2101-01-01', false],
    ['9999-12-31', false],
    ['0001-01-01', false],
    ['2000-01', true],
    ['2100-12', true],
    ['1999-12', false],
    ['2101-01', false],
  ])('%s within bounds: %s', (value, expected) => {
    expect(isWithinDateBounds(value)).toBe(expected);
  });

  it('refuses an out-of-range date with a French message, in both schemas', () => {
    for (const schema of [boundedIsoDate('Date illisible.'), calendarDateSchema]) {
      const result = schema.safeParse('9999-12-31');
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(DATE_OUT_OF_BOUNDS);
    }
    expect(boundedIsoDate('Date illisible.').safeParse('2027-02-30').error?.issues[0]?.message).toBe('Date illisible.');
  });
});

describe('an unreadable date', () => {
  it('gets only the format message, not the bounds one too', () => {
    expect(boundedIsoDate('Date illisible.').safeParse('2027-02-30').error?.issues.map((i) => i.message)).toEqual(['Date illisible.']);
    expect(calendarDateSchema.safeParse('abc').error?.issues.map((i) => i.message)).toEqual(['Indiquez une date valide (AAAA-MM-JJ).']);
  });
});
