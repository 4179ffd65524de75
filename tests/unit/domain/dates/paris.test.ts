import { describe, expect, it } from 'vitest';
import { addMonthsIso, parisDateTime, parisIsoDate } from '@/lib/domain/dates/paris';

describe('parisDateTime', () => {
  it.each([
    ['2027-02-11', '09:00', '2027-02-11T08:00:00.000Z'], // winter: UTC+1
    ['2027-07-01', '09:00', '2027-07-01T07:00:00.000Z'], // summer: UTC+2
    ['2027-03-28', '09:00', '2027-03-28T07:00:00.000Z'], // the morning after the spring change
    ['2027-10-31', '01:30', '2027-10-30T23:30:00.000Z'], // before the autumn change (03:00)
    ['2027-01-01', '00:00', '2026-12-31T23:00:00.000Z'], // a day that starts the day before in UTC
  ])('%s %s in Paris is %s', (day, time, utc) => {
    expect(parisDateTime(day, time).toISOString()).toBe(utc);
  });
});

describe('parisIsoDate', () => {
  it('gives the Paris day, not the UTC one', () => {
    expect(parisIsoDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(parisIsoDate(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
  });
});

describe('addMonthsIso', () => {
  it.each([
    ['2026-11-23', 1, '2026-12-23'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
  ])('%s + %i month → %s', (from, months, to) => expect(addMonthsIso(from, months)).toBe(to));
});
