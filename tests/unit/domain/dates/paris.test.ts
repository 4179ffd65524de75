import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  clockTime,
  isCalendarDate,
  parisDay,
  parisWallClockToUtc,
  shiftParisDays,
  toParisIso,
  utcToParisParts,
} from '@/lib/domain/dates';

const wallClock = (instant: Date) => {
  const { date, hour, minute } = utcToParisParts(instant);
  return `${date} ${clockTime(hour, minute)}`;
};

/*
 * Paris changes clocks at 01:00 UTC on the last Sunday of March (02:00 → 03:00) and of October
 * (03:00 → 02:00). Each row: a wall clock, its UTC instant, and the wall clock read back.
 */
describe('Paris wall clock ↔ UTC over DST transitions', () => {
  it.each([
    // Normal days, winter (UTC+1) and summer (UTC+2).
    ['2027-02-11', '09:30', '2027-02-11T08:30:00.000Z', '2027-02-11 09:30'],
    ['2027-07-08', '09:30', '2027-07-08T07:30:00.000Z', '2027-07-08 09:30'],
    // Midnight: the Paris day starts the previous day in UTC.
    ['2027-02-11', '00:00', '2027-02-10T23:00:00.000Z', '2027-02-11 00:00'],
    ['2027-07-08', '00:00', '2027-07-07T22:00:00.000Z', '2027-07-08 00:00'],
    ['2027-02-11', '23:59', '2027-02-11T22:59:00.000Z', '2027-02-11 23:59'],
    // Year ends.
    ['2027-01-01', '00:00', '2026-12-31T23:00:00.000Z', '2027-01-01 00:00'],
    ['2027-12-31', '23:30', '2027-12-31T22:30:00.000Z', '2027-12-31 23:30'],
    ['2028-02-29', '12:00', '2028-02-29T11:00:00.000Z', '2028-02-29 12:00'],
    // Spring gap, 28 March 2027: 02:00–02:59 does not exist; it is shifted forward by one hour.
    ['2027-03-28', '01:59', '2027-03-28T00:59:00.000Z', '2027-03-28 01:59'],
    ['2027-03-28', '02:00', '2027-03-28T01:00:00.000Z', '2027-03-28 03:00'],
    ['2027-03-28', '02:30', '2027-03-28T01:30:00.000Z', '2027-03-28 03:30'],
    ['2027-03-28', '03:00', '2027-03-28T01:00:00.000Z', '2027-03-28 03:00'],
    ['2027-03-28', '09:00', '2027-03-28T07:00:00.000Z', '2027-03-28 09:00'],
    // Autumn overlap, 31 October 2027: 02:00–02:59 happens twice; the earlier (summer) instant is taken.
    ['2027-10-31', '01:59', '2027-10-30T23:59:00.000Z', '2027-10-31 01:59'],
    ['2027-10-31', '02:00', '2027-10-31T00:00:00.000Z', '2027-10-31 02:00'],
    ['2027-10-31', '02:30', '2027-10-31T00:30:00.000Z', '2027-10-31 02:30'],
    ['2027-10-31', '03:00', '2027-10-31T02:00:00.000Z', '2027-10-31 03:00'],
    ['2027-10-31', '09:00', '2027-10-31T08:00:00.000Z', '2027-10-31 09:00'],
  ])('%s %s in Paris → %s → %s', (date, time, utc, readBack) => {
    const instant = parisWallClockToUtc(date, time);
    expect(instant.toISOString()).toBe(utc);
    expect(wallClock(instant)).toBe(readBack);
  });

  it.each([
    // UTC → Paris → UTC: every instant, including both passes through 02:30 in October.
    ['2027-10-31T00:30:00Z', '2027-10-31 02:30', true],
    ['2027-10-31T01:30:00Z', '2027-10-31 02:30', false], // the second 02:30 reads back as the first
    ['2027-03-28T00:59:59Z', '2027-03-28 01:59', true],
    ['2027-03-28T01:00:00Z', '2027-03-28 03:00', true],
    ['2026-12-31T23:00:00Z', '2027-01-01 00:00', true],
    ['2026-12-31T22:59:00Z', '2026-12-31 23:59', true],
  ])('%s reads %s in Paris (round trip: %s)', (utc, readBack, roundTrips) => {
    const parts = utcToParisParts(new Date(utc));
    expect(wallClock(new Date(utc))).toBe(readBack);
    const back = parisWallClockToUtc(parts.date, clockTime(parts.hour, parts.minute, parts.second));
    expect(back.getTime() === new Date(utc).getTime()).toBe(roundTrips);
  });

  it('keeps seconds and milliseconds', () => {
    expect(parisWallClockToUtc('2027-02-11', '09:15:30.250').toISOString()).toBe('2027-02-11T08:15:30.250Z');
    expect(utcToParisParts(new Date('2027-02-11T08:15:30.250Z'))).toEqual({
      date: '2027-02-11',
      hour: 9,
      minute: 15,
      second: 30,
      millisecond: 250,
    });
  });

  it.each([['2027-02-30'], ['2027-2-11'], ['11/02/2027']])('refuses the calendar date %s', (date) => {
    expect(() => parisWallClockToUtc(date, '09:00')).toThrow(RangeError);
  });

  it.each([['24:00'], ['9h30'], ['09:60'], ['']])('refuses the time « %s »', (time) => {
    expect(() => parisWallClockToUtc('2027-02-11', time)).toThrow(RangeError);
  });
});

describe('parisDay', () => {
  it.each([
    ['2027-02-10T23:30:00Z', '2027-02-11'], // 00:30 in Paris, already the next day
    ['2027-02-10T22:59:59Z', '2027-02-10'],
    ['2027-06-30T22:30:00Z', '2027-07-01'], // summer: Paris is two hours ahead
    ['2027-06-30T21:59:00Z', '2027-06-30'],
    ['2026-12-31T23:30:00Z', '2027-01-01'],
  ])('%s is %s in Paris', (instant, expected) => {
    expect(parisDay(new Date(instant))).toBe(expected);
  });
});

describe('shiftParisDays', () => {
  it.each([
    ['2027-02-11T08:00:00Z', 147, '2027-07-08T07:00:00.000Z'], // winter → summer: 09:00 stays 09:00
    ['2027-07-08T07:00:00Z', -147, '2027-02-11T08:00:00.000Z'], // summer → winter
    ['2027-03-27T08:00:00Z', 1, '2027-03-28T07:00:00.000Z'], // across the spring change
    ['2027-10-30T00:30:00Z', 1, '2027-10-31T00:30:00.000Z'], // 02:30 onto the autumn overlap: the first one
    ['2027-02-11T08:00:00Z', 0, '2027-02-11T08:00:00.000Z'],
    ['2027-02-11T08:15:30.250Z', 1, '2027-02-12T08:15:30.250Z'], // seconds and milliseconds kept
  ])('%s shifted by %i days → %s', (instant, days, expected) => {
    expect(shiftParisDays(new Date(instant), days).toISOString()).toBe(expected);
  });
});

describe('toParisIso', () => {
  it.each([
    ['2027-02-11T08:30:00Z', '2027-02-11T09:30:00+01:00'],
    ['2027-07-08T07:30:00Z', '2027-07-08T09:30:00+02:00'],
    ['2027-10-31T00:30:00Z', '2027-10-31T02:30:00+02:00'],
    ['2027-10-31T01:30:00Z', '2027-10-31T02:30:00+01:00'],
  ])('%s → %s', (utc, iso) => expect(toParisIso(new Date(utc))).toBe(iso));
});

describe('calendar days', () => {
  it.each([
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2027-12-31', 1, '2028-01-01'],
    ['2027-03-01', -1, '2027-02-28'],
  ])('%s + %i → %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
    expect(calendarDaysBetween(date, expected)).toBe(days);
  });

  it('counts days regardless of DST changes', () => {
    expect(calendarDaysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(calendarDaysBetween('2027-02-11', '2027-07-08')).toBe(147);
  });

  it.each([
    ['2026-11-23', 1, '2026-12-23'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
  ])('%s + %i month → %s', (from, months, to) => expect(addCalendarMonths(from, months)).toBe(to));

  it.each([
    ['2027-02-11', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['2027-2-11', false],
    ['11/02/2027', false],
  ])('isCalendarDate(%s) → %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected));
});
