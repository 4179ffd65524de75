import { describe, expect, it } from 'vitest';

import {
  addCalendarDays,
  calendarDaysBetween,
  eachCalendarDay,
  isCalendarDate,
  isoWeekday,
  isoWeekOf,
  startOfIsoWeek,
  parisDay,
} from '@/lib/domain/dates';
import { calendarDateSchema } from '@/lib/schemas/calendar-date';

describe('parisDay', () => {
  it.each([
    ['2027-02-10T23:30:00Z', '2027-02-11'], // hiver, UTC+1 : déjà le lendemain à Paris
    ['2027-02-10T22:59:59Z', '2027-02-10'],
    ['2027-07-01T22:00:00Z', '2027-07-02'], // été, UTC+2
    ['2027-07-01T21:59:59Z', '2027-07-01'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s tombe le %s à Paris', (instant, expected) => {
    expect(parisDay(new Date(instant))).toBe(expected);
  });
});

describe('arithmétique des jours', () => {
  it.each([
    ['2027-02-11', -10, '2027-02-01'],
    ['2027-02-11', -30, '2027-01-12'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-03-01', -1, '2028-02-29'], // année bissextile
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-03-27', 2, '2027-03-29'], // passage à l'heure d'été sans effet
  ])('%s décalé de %i jours → %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
    expect(calendarDaysBetween(date, expected)).toBe(days);
  });

  it('liste les jours d’une période, bornes comprises', () => {
    expect(eachCalendarDay('2027-02-27', '2027-03-02')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
    expect(eachCalendarDay('2027-03-02', '2027-03-01')).toEqual([]);
  });

  it('refuse une date calendaire invalide', () => {
    expect(() => addCalendarDays('2027-02-30', 1)).toThrow(RangeError);
  });
});

describe('semaines ISO', () => {
  it.each([
    ['2027-02-11', 4, '2027-02-08'],
    ['2027-01-03', 7, '2026-12-28'],
    ['2027-01-04', 1, '2027-01-04'],
  ])('%s : jour %i, semaine commencée le %s', (date, weekday, monday) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(startOfIsoWeek(date)).toBe(monday);
  });

  it.each([
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2024-12-30', 2025, 1],
    ['2025-12-29', 2026, 1],
    ['2026-01-01', 2026, 1],
    ['2027-02-11', 2027, 6],
  ])('%s est dans la semaine %i-S%i', (date, year, week) => {
    expect(isoWeekOf(date)).toEqual({ year, week });
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2027-02-11', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-2-1', false],
    ['2027-13-01', false],
    ['11/02/2027', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
    expect(calendarDateSchema.safeParse(value).success).toBe(expected);
  });
});
