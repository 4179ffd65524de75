import { describe, expect, it } from 'vitest';

import { dueDate, formatOffset, offsetDaysSchema, resolveDueDate } from '@/lib/domain/community/due-dates';

const THU = '2027-02-11'; // jeudi
const SAT = '2027-02-13'; // samedi

describe('dueDate — événement d’un jour (jeudi 11 février 2027)', () => {
  it.each([
    [-120, '2026-10-14'], // mercredi
    [-30, '2027-01-12'],
    [-15, '2027-01-27'],
    [-10, '2027-02-01'],
    [-7, '2027-02-04'],
    [-5, '2027-02-05'], // samedi 6 → vendredi 5
    [-4, '2027-02-05'], // dimanche 7 → vendredi 5
    [0, THU],
    [1, '2027-02-12'],
    [2, '2027-02-15'], // samedi 13 → lundi 15
    [10, '2027-02-22'], // dimanche 21 → lundi 22
    [30, '2027-03-15'], // samedi 13 mars → lundi 15
  ])('J%s → %s', (offset, expected) => {
    expect(dueDate(offset, THU, THU)).toBe(expected);
  });
});

describe('dueDate — événement du jeudi 11 au samedi 13 février 2027', () => {
  it.each([
    [-7, '2027-02-04', 'J-x se compte depuis le premier jour'],
    [0, THU, 'J est le premier jour'],
    [1, '2027-02-15', 'J+1 : dimanche 14 → lundi 15, jamais pendant l’événement'],
    [3, '2027-02-16', 'J+x se compte depuis le dernier jour'],
    [10, '2027-02-23', 'dix jours après la fin'],
  ])('J%s → %s (%s)', (offset, expected) => {
    expect(dueDate(offset, THU, SAT)).toBe(expected);
  });
});

describe('dueDate — règle des week-ends', () => {
  it.each([
    ['2027-03-13', 0, '2027-03-13', 'un événement le samedi garde son jour J'],
    ['2027-03-13', -7, '2027-03-05', 'samedi 6 mars → vendredi 5'],
    ['2027-03-13', -1, '2027-03-12', 'la veille est un vendredi'],
    ['2027-03-14', -1, '2027-03-12', 'veille d’un dimanche : samedi → vendredi'],
  ])('événement le %s, J%s → %s (%s)', (day, offset, expected) => {
    expect(dueDate(offset, day, day)).toBe(expected);
  });

  it.each([
    [-5, '2027-02-06'],
    [-4, '2027-02-07'],
    [10, '2027-02-21'],
  ])('sans décalage des week-ends, J%s tombe le %s', (offset, expected) => {
    expect(dueDate(offset, THU, THU, { shiftWeekends: false })).toBe(expected);
  });

  it('ne déplace jamais une échéance avant un week-end d’avant-événement au-delà du vendredi', () => {
    for (let offset = -120; offset < 0; offset += 1) {
      const due = dueDate(offset, THU, SAT);
      expect(due < THU).toBe(true);
      expect([0, 6].includes(new Date(`${due}T00:00:00Z`).getUTCDay())).toBe(false);
    }
  });

  it('ne place jamais une tâche d’après pendant l’événement ni un week-end', () => {
    for (let offset = 1; offset <= 30; offset += 1) {
      const due = dueDate(offset, THU, SAT);
      expect(due > SAT).toBe(true);
      expect([0, 6].includes(new Date(`${due}T00:00:00Z`).getUTCDay())).toBe(false);
    }
  });

  it('refuse un dernier jour avant le premier et un décalage non entier', () => {
    expect(() => dueDate(-7, SAT, THU)).toThrow(RangeError);
    expect(() => dueDate(-7.5, THU, THU)).toThrow(RangeError);
  });
});

describe('resolveDueDate', () => {
  const event = { firstDay: THU, lastDay: SAT };

  it.each([
    [{ offsetDays: -30, manualDueDate: null }, '2027-01-12'],
    [{ offsetDays: -30, manualDueDate: '2027-01-09' }, '2027-01-09'], // date manuelle, un samedi : gardée telle quelle
    [{ offsetDays: null, manualDueDate: null }, null],
  ])('%o → %s', (task, expected) => {
    expect(resolveDueDate(task, event)).toBe(expected);
  });
});

describe('formatOffset et offsetDaysSchema', () => {
  it.each([
    [-30, 'J-30'],
    [0, 'J'],
    [10, 'J+10'],
  ])('%i s’écrit %s', (offset, label) => {
    expect(formatOffset(offset)).toBe(label);
  });

  it.each([
    [-120, true],
    [30, true],
    [-121, false],
    [31, false],
    [1.5, false],
  ])('J%s accepté : %s', (offset, ok) => {
    expect(offsetDaysSchema.safeParse(offset).success).toBe(ok);
  });
});
