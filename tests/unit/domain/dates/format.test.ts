import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDay,
  formatDayMonth,
  formatDayTitle,
  formatHour,
  formatHourRange,
  formatShortDate,
  formatTime,
  formatTimeRange,
  formatWeekday,
} from '@/lib/domain/dates';

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
    ['2027-01-31T08:30:00Z', '2027-02-01T16:00:00Z', '31 janvier – 1er février 2027'],
    ['2027-03-01T08:30:00Z', '2027-03-02T16:00:00Z', '1er–2 mars 2027'],
    ['2027-03-01T08:30:00Z', '2027-03-01T16:00:00Z', '1er mars 2027'],
  ])('formats %s → %s as %s', (start, end, expected) => {
    expect(formatDateRange(new Date(start), new Date(end))).toBe(expected);
  });
});

describe('times and calendar days in French', () => {
  it.each([
    ['2027-02-11T08:30:00Z', '09:30', '9\u00a0h\u00a030'],
    ['2027-02-11T13:00:00Z', '14:00', '14\u00a0h'],
    ['2027-07-07T22:05:00Z', '00:05', '0\u00a0h\u00a005'],
    ['2027-10-31T00:30:00Z', '02:30', '2\u00a0h\u00a030'], // the first 02:30 of the autumn overlap
  ])('%s reads %s, or %s in running text', (instant, time, hour) => {
    expect(formatTime(new Date(instant))).toBe(time);
    expect(formatHour(new Date(instant))).toBe(hour);
  });

  it('writes an hour range in running text, « 9 h 30 – 12 h »', () => {
    expect(formatHourRange({ startsAt: new Date('2027-02-11T08:30:00Z'), endsAt: new Date('2027-02-11T11:00:00Z') })).toBe('9\u00a0h\u00a030 – 12\u00a0h');
  });

  it('writes a time range', () => {
    expect(formatTimeRange({ startsAt: new Date('2027-02-11T09:00:00Z'), endsAt: new Date('2027-02-11T10:00:00Z') })).toBe(
      '10:00–11:00',
    );
  });

  it.each([
    ['2027-10-14', 'jeudi 14 octobre 2027', 'Jeudi 14 octobre 2027', 'jeudi 14 octobre', '14 octobre', '14 octobre 2027'],
    ['2027-02-01', 'lundi 1er février 2027', 'Lundi 1er février 2027', 'lundi 1er février', '1er février', '1er février 2027'],
    ['2027-03-28', 'dimanche 28 mars 2027', 'Dimanche 28 mars 2027', 'dimanche 28 mars', '28 mars', '28 mars 2027'],
    ['2027-12-31', 'vendredi 31 décembre 2027', 'Vendredi 31 décembre 2027', 'vendredi 31 décembre', '31 décembre', '31 décembre 2027'],
  ])('%s: %s', (date, day, title, weekday, dayMonth, calendarDate) => {
    expect(formatDay(date)).toBe(day);
    expect(formatDayTitle(date)).toBe(title);
    expect(formatWeekday(date)).toBe(weekday);
    expect(formatDayMonth(date)).toBe(dayMonth);
    expect(formatCalendarDate(date)).toBe(calendarDate);
  });
});
