import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDateTime, formatShortDate, formatTime } from '@/lib/domain/dates/format';

describe('dates shown in Europe/Paris', () => {
  it('shows a UTC instant on the Paris calendar day (late evening UTC is the next day in Paris)', () => {
    expect(formatDate(new Date('2027-02-10T23:30:00Z'))).toBe('11 février 2027');
  });

  it('follows daylight saving time', () => {
    expect(formatDateTime(new Date('2027-07-01T07:00:00Z'))).toMatch(/09:00$/);
    expect(formatDateTime(new Date('2027-01-15T08:00:00Z'))).toMatch(/09:00$/);
  });

  it('writes short dates and times on the Paris clock', () => {
    expect(formatShortDate(new Date('2027-02-10T23:30:00Z'))).toBe('11/02/2027');
    expect(formatTime(new Date('2027-07-01T07:05:00Z'))).toBe('09:05');
  });

  it.each([
    ['2027-02-11T08:30:00Z', '2027-02-11T16:00:00Z', '11 février 2027'],
    ['2027-02-11T08:30:00Z', '2027-02-12T16:00:00Z', '11–12 février 2027'],
    ['2027-01-31T08:30:00Z', '2027-02-01T16:00:00Z', '31 janvier – 1 février 2027'],
  ])('formats %s → %s as %s', (start, end, expected) => {
    expect(formatDateRange(new Date(start), new Date(end))).toBe(expected);
  });
});
