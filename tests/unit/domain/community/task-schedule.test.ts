import { describe, expect, it } from 'vitest';

import { currentDueDate, eventDaysOf, offsetLabel, offsetOfDate, parseOffsetInput, scheduleToStore } from '@/lib/domain/community/task-schedule';
import { formatDay } from '@/lib/domain/dates';

const EVENT = { firstDay: '2027-02-11', lastDay: '2027-02-12' };

describe('eventDaysOf', () => {
  it('prend les jours du programme quand il y en a, dans n’importe quel ordre', () => {
    const days = [{ date: '2027-02-12' }, { date: '2027-02-10' }, { date: '2027-02-11' }];
    expect(eventDaysOf({ startsAt: new Date('2027-03-01T08:00:00Z'), endsAt: new Date('2027-03-01T16:00:00Z'), days })).toEqual({
      firstDay: '2027-02-10',
      lastDay: '2027-02-12',
    });
  });

  it('sinon lit le début et la fin à Paris (23 h 30 UTC est déjà le lendemain)', () => {
    expect(eventDaysOf({ startsAt: new Date('2027-02-10T23:30:00Z'), endsAt: new Date('2027-02-12T16:00:00Z'), days: [] })).toEqual({
      firstDay: '2027-02-11',
      lastDay: '2027-02-12',
    });
  });

  it('ne rend jamais un dernier jour avant le premier', () => {
    expect(eventDaysOf({ startsAt: new Date('2027-02-11T08:00:00Z'), endsAt: new Date('2027-02-10T08:00:00Z'), days: [] })).toEqual({
      firstDay: '2027-02-11',
      lastDay: '2027-02-11',
    });
  });
});

describe('échéances enregistrées et affichées', () => {
  it.each([
    // J-30 du jeudi 11 février 2027 : mardi 12 janvier.
    [{ offsetDays: -30, dueDate: null }, { offsetDays: -30, dueDate: '2027-01-12' }],
    // J+10 se compte depuis le dernier jour (12 février) : lundi 22 février.
    [{ offsetDays: 10, dueDate: null }, { offsetDays: 10, dueDate: '2027-02-22' }],
    // J-5 tombe un samedi : avancé au vendredi 5 février.
    [{ offsetDays: -5, dueDate: null }, { offsetDays: -5, dueDate: '2027-02-05' }],
    // Une date fixée à la main reste telle quelle, même un dimanche.
    [{ offsetDays: null, dueDate: '2027-01-03' }, { offsetDays: null, dueDate: '2027-01-03' }],
  ] as const)('%o → %o', (input, stored) => {
    expect(scheduleToStore(input, EVENT)).toEqual(stored);
  });

  it('refuse une échéance sans décalage ni date', () => {
    expect(() => scheduleToStore({ offsetDays: null, dueDate: null }, EVENT)).toThrow(RangeError);
  });

  it('une échéance relative suit l’événement déplacé ; une date fixe ne bouge pas', () => {
    const moved = { firstDay: '2027-03-11', lastDay: '2027-03-11' };
    expect(currentDueDate({ offsetDays: -30, dueDate: '2027-01-12' }, moved)).toBe('2027-02-09');
    expect(currentDueDate({ offsetDays: null, dueDate: '2027-01-03' }, moved)).toBe('2027-01-03');
  });
});

describe('offsetOfDate et offsetLabel', () => {
  it.each([
    ['2027-01-12', -30],
    ['2027-02-11', 0],
    ['2027-02-12', 0],
    ['2027-02-22', 10],
  ])('%s → J%i', (date, offset) => {
    expect(offsetOfDate(date, EVENT)).toBe(offset);
  });

  it('affiche le décalage choisi, ou celui de la date fixe', () => {
    expect(offsetLabel({ offsetDays: -5, dueDate: '2027-02-05' }, EVENT)).toBe('J-5');
    expect(offsetLabel({ offsetDays: null, dueDate: '2027-02-01' }, EVENT)).toBe('J-10');
    expect(offsetLabel({ offsetDays: null, dueDate: '2027-02-12' }, EVENT)).toBe('J');
    expect(offsetLabel({ offsetDays: null, dueDate: '2027-02-14' }, EVENT)).toBe('J+2');
  });
});

describe('parseOffsetInput', () => {
  it.each([
    ['J-30', -30],
    ['j-30', -30],
    ['-30', -30],
    ['J−15', -15],
    ['J+10', 10],
    ['+10', 10],
    ['10', 10],
    ['J', 0],
    ['0', 0],
    [' J - 7 ', -7],
  ])('« %s » → %i', (text, offset) => {
    expect(parseOffsetInput(text)).toBe(offset);
  });

  it.each(['', 'J30', 'trente', '-', 'J-1000', '1.5', 'J-3x'])('« %s » → null', (text) => {
    expect(parseOffsetInput(text)).toBeNull();
  });
});

describe('formatDay', () => {
  it('écrit la date en français, jour de la semaine compris, sans décalage de fuseau', () => {
    expect(formatDay('2027-02-11')).toBe('jeudi 11 février 2027');
    expect(formatDay('2026-03-29')).toBe('dimanche 29 mars 2026');
    expect(formatDay('2027-02-01')).toBe('lundi 1er février 2027');
    expect(formatDay('2027-02-11')).toBe('jeudi 11 février 2027');
    expect(formatDay('2027-02-21')).toBe('dimanche 21 février 2027');
  });
});
