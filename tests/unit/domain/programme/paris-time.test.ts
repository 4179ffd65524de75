import { describe, expect, it } from 'vitest';

import {
  addCalendarDays,
  calendarDaysBetween,
  formatParisTime,
  isCalendarDate,
  parisDateOf,
  parisInstant,
  parisOffsetMs,
  shiftParisDays,
} from '@/lib/domain/programme/paris-time';

const HOUR = 3_600_000;

describe('parisDateOf', () => {
  it.each([
    ['2027-02-10T23:30:00Z', '2027-02-11'], // 00:30 à Paris, déjà le lendemain
    ['2027-02-10T22:59:59Z', '2027-02-10'],
    ['2027-06-30T22:30:00Z', '2027-07-01'], // l'été, Paris a deux heures d'avance
    ['2027-06-30T21:59:00Z', '2027-06-30'],
  ])('%s est le %s à Paris', (instant, expected) => {
    expect(parisDateOf(new Date(instant))).toBe(expected);
  });
});

describe('parisInstant', () => {
  it.each([
    ['2027-02-11', 9, 0, '2027-02-11T08:00:00.000Z'],
    ['2027-07-08', 9, 0, '2027-07-08T07:00:00.000Z'],
    ['2027-02-11', 0, 0, '2027-02-10T23:00:00.000Z'],
    // 02:30 n'existe pas le 28 mars 2027 : l'horloge saute de 02:00 à 03:00 ; on avance d'une heure.
    ['2027-03-28', 2, 30, '2027-03-28T01:30:00.000Z'],
    ['2027-03-28', 3, 0, '2027-03-28T01:00:00.000Z'],
    // 02:30 existe deux fois le 31 octobre 2027 : on prend la première.
    ['2027-10-31', 2, 30, '2027-10-31T00:30:00.000Z'],
    ['2027-10-31', 3, 0, '2027-10-31T02:00:00.000Z'],
  ])('%s %i:%i à Paris → %s', (date, hour, minute, expected) => {
    expect(parisInstant(date, hour, minute).toISOString()).toBe(expected);
  });

  it('refuse une date calendaire invalide', () => {
    expect(() => parisInstant('2027-02-30')).toThrow(RangeError);
  });
});

describe('parisOffsetMs et formatParisTime', () => {
  it('suit l’heure d’hiver et l’heure d’été', () => {
    expect(parisOffsetMs(new Date('2027-01-15T12:00:00Z'))).toBe(HOUR);
    expect(parisOffsetMs(new Date('2027-07-15T12:00:00Z'))).toBe(2 * HOUR);
    expect(formatParisTime(new Date('2027-01-15T08:00:00Z'))).toBe('09:00');
    expect(formatParisTime(new Date('2027-07-15T07:00:00Z'))).toBe('09:00');
    expect(formatParisTime(new Date('2027-07-15T22:05:00Z'))).toBe('00:05');
  });
});

describe('shiftParisDays', () => {
  it.each([
    ['2027-02-11T08:00:00Z', 147, '2027-07-08T07:00:00.000Z'], // hiver → été : 09:00 reste 09:00
    ['2027-07-08T07:00:00Z', -147, '2027-02-11T08:00:00.000Z'], // été → hiver
    ['2027-03-27T08:00:00Z', 1, '2027-03-28T07:00:00.000Z'], // la nuit du changement d'heure
    ['2027-02-11T08:00:00Z', 0, '2027-02-11T08:00:00.000Z'],
    ['2027-02-11T08:15:30.250Z', 1, '2027-02-12T08:15:30.250Z'], // secondes et millisecondes gardées
  ])('%s décalé de %i jours → %s', (instant, days, expected) => {
    expect(shiftParisDays(new Date(instant), days).toISOString()).toBe(expected);
  });
});

describe('dates calendaires', () => {
  it.each([
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'], // année bissextile
    ['2027-12-31', 1, '2028-01-01'],
    ['2027-03-01', -1, '2027-02-28'],
  ])('%s + %i jour(s) → %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
    expect(calendarDaysBetween(date, expected)).toBe(days);
  });

  it('compte les jours sans se laisser tromper par le changement d’heure', () => {
    expect(calendarDaysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(calendarDaysBetween('2027-02-11', '2027-07-08')).toBe(147);
  });

  it.each([
    ['2027-02-11', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['2027-2-11', false],
    ['11/02/2027', false],
  ])('isCalendarDate(%s) → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
