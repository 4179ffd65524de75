import { describe, expect, it } from 'vitest';
import { attendanceDaysLabel, defaultCheckInDay, eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { formatCalendarDate, formatWeekday } from '@/lib/domain/dates';

describe('eventCalendarDays', () => {
  it('uses the programme days, sorted and unique', () => {
    expect(
      eventCalendarDays({ dayDates: ['2027-02-12', '2027-02-11', '2027-02-12'], startsAt: new Date(), endsAt: new Date() }),
    ).toEqual(['2027-02-11', '2027-02-12']);
  });

  it('falls back to the Paris days between start and end', () => {
    expect(
      eventCalendarDays({ dayDates: [], startsAt: new Date('2027-02-10T23:30:00Z'), endsAt: new Date('2027-02-12T16:00:00Z') }),
    ).toEqual(['2027-02-11', '2027-02-12']);
  });
});

describe('defaultCheckInDay', () => {
  const days = ['2027-02-11', '2027-02-12'];
  it('is today during the event', () => {
    expect(defaultCheckInDay(days, new Date('2027-02-12T08:00:00Z'))).toBe('2027-02-12');
  });
  it('is the first day before or after it', () => {
    expect(defaultCheckInDay(days, new Date('2027-03-01T08:00:00Z'))).toBe('2027-02-11');
  });
  it('is null without days', () => {
    expect(defaultCheckInDay([], new Date())).toBeNull();
  });
});

describe('day labels', () => {
  it('format a calendar day in French, whatever the time zone', () => {
    expect(formatCalendarDate('2028-02-12')).toBe('12 février 2028');
    expect(formatWeekday('2027-02-11')).toBe('jeudi 11 février');
    expect(formatCalendarDate('2027-02-01')).toBe('1er février 2027');
    expect(formatWeekday('2027-05-01')).toBe('samedi 1er mai');
    expect(formatCalendarDate('2027-02-21')).toBe('21 février 2027');
  });
});

describe('attendanceDaysLabel', () => {
  const eventDays = ['2027-02-11', '2027-02-12', '2027-02-13'];
  it.each([
    { days: [], expected: 'Tous les jours' },
    { days: ['2027-02-13', '2027-02-11', '2027-02-12'], expected: 'Tous les jours' },
    { days: ['2027-02-12'], expected: 'Vendredi 12 février' },
    { days: ['2027-02-13', '2027-02-11'], expected: 'Jeudi 11 février, samedi 13 février' },
    // A day since removed from the programme is not shown.
    { days: ['2027-02-10', '2027-02-12'], expected: 'Vendredi 12 février' },
    { days: ['2027-02-10'], expected: 'Aucun jour de l’événement' },
  ])('$days → $expected', ({ days, expected }) => {
    expect(attendanceDaysLabel(days, eventDays)?.replace(/\s/g, ' ')).toBe(expected);
  });

  it('says nothing for a one-day event', () => {
    expect(attendanceDaysLabel([], ['2027-02-11'])).toBeNull();
    expect(attendanceDaysLabel(['2027-02-11'], ['2027-02-11'])).toBeNull();
  });
});
