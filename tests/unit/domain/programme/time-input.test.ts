import { describe, expect, it } from 'vitest';
import { instantAt, isTimeInput } from '@/lib/domain/programme/time-input';
import { formatDayTitle } from '@/lib/domain/dates';

describe('instantAt', () => {
  it.each([
    ['2027-02-11', '09:30', '2027-02-11T08:30:00.000Z'], // hiver : UTC+1
    ['2027-06-10', '09:30', '2027-06-10T07:30:00.000Z'], // été : UTC+2
    ['2027-03-28', '02:30', '2027-03-28T01:30:00.000Z'], // heure qui n'existe pas : avancée d'une heure
  ])('%s %s (Paris) → %s', (date, time, expected) => {
    expect(instantAt(date, time).toISOString()).toBe(expected);
  });

  it('refuse une heure mal écrite', () => {
    expect(() => instantAt('2027-02-11', '9h30')).toThrow(RangeError);
  });
});

describe('isTimeInput', () => {
  it.each([
    ['09:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:00', false],
  ])('%s → %s', (value, expected) => expect(isTimeInput(value)).toBe(expected));
});

describe('formatDayTitle', () => {
  it('écrit le jour de la semaine, la date et l’année, en français', () => {
    expect(formatDayTitle('2027-02-11')).toBe('Jeudi 11 février 2027');
    expect(formatDayTitle('2027-03-28')).toBe('Dimanche 28 mars 2027');
  });
});
