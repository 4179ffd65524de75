import { describe, expect, it } from 'vitest';
import type { BilanSessionInput } from '@/lib/domain/bilan/input';
import { contentMinutes, countHalfDays, countSessionsByFormat, halfDaysOf } from '@/lib/domain/bilan/programme-figures';
import { D1, at, session } from './build-input';

const day = { date: D1, startsAt: at(D1, '09:00'), endsAt: at(D1, '17:00') };
const s = (id: string, formatId: string, start: string, end: string, extra: Partial<BilanSessionInput> = {}) =>
  session({ id, formatId, startsAt: at(D1, start), endsAt: at(D1, end), ...extra });

describe('half-days, sessions held and content hours (content sessions only)', () => {
  it.each([
    ['morning only', [s('a', 'atelier', '09:30', '12:00')], 1, 1, 150],
    ['afternoon only', [s('a', 'atelier', '14:00', '17:00')], 1, 1, 180],
    [
      'content ending before lunch, then a short closing past 13:00',
      [s('o', 'pleniere', '09:00', '09:30'), s('a', 'atelier', '09:45', '12:15'), s('c', 'cloture', '12:15', '13:30')],
      1,
      1,
      150,
    ],
    ['a session across 13:00', [s('a', 'masterclass', '11:00', '15:00')], 2, 1, 240],
    ['a workshop running 15 minutes past 13:00 makes no afternoon', [s('a', 'atelier', '11:00', '13:15')], 1, 1, 135],
    ['a day with only a plenary', [s('o', 'pleniere', '09:00', '12:00')], 0, 0, 0],
    ['a plenary marked as content', [s('o', 'pleniere', '09:00', '12:00', { countsAsContent: true })], 1, 1, 180],
    [
      'a full day with lunch and breaks',
      [
        s('o', 'pleniere', '09:00', '09:45'),
        s('a', 'atelier', '10:00', '12:00'),
        s('b', 'retex', '10:00', '12:00', { room: 'Salle B' }),
        s('l', 'dejeuner', '12:00', '13:30'),
        s('t', 'table-ronde', '13:30', '15:00'),
        s('p', 'pause', '15:00', '15:20'),
        s('m', 'masterclass', '15:20', '16:30'),
      ],
      2,
      4,
      120 + 120 + 90 + 70,
    ],
    ['a cancelled workshop does not count', [s('a', 'atelier', '14:00', '17:00', { cancelled: true })], 0, 0, 0],
  ])('%s', (_case, sessions, halfDays, held, minutes) => {
    expect(countHalfDays([day], sessions, [D1])).toBe(halfDays);
    expect(countSessionsByFormat(sessions).reduce((sum, row) => sum + row.held, 0)).toBe(held);
    expect(contentMinutes(sessions)).toBe(minutes);
  });

  it('uses the opening hours of a day whose programme was never entered', () => {
    expect(countHalfDays([day], [], [D1])).toBe(2);
    expect(countHalfDays([{ date: D1, startsAt: at(D1, '14:00'), endsAt: at(D1, '18:00') }], [], [D1])).toBe(1);
  });

  it.each([
    ['12:30', '13:29', 1],
    ['12:30', '13:30', 2],
    ['12:31', '14:00', 1],
  ])('counts a half-day from 30 minutes of content in it: %s–%s → %s', (start, end, expected) => {
    expect(halfDaysOf([{ startsAt: at(D1, start), endsAt: at(D1, end) }], D1)).toBe(expected);
  });
});
