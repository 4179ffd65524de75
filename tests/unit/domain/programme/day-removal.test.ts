import { describe, expect, it } from 'vitest';
import { dayRemovalQuestion, dayRemovalRefusal, dayRemovalSummary } from '@/lib/domain/programme/day-removal';

const facts = (over: Partial<Parameters<typeof dayRemovalRefusal>[0]> = {}) => ({
  date: '2027-02-11',
  sessionCount: 0,
  attendanceCount: 0,
  registrationCount: 0,
  ...over,
});

describe('dayRemovalRefusal', () => {
  it.each([
    ['nothing depends on it', facts(), null],
    ['one session', facts({ sessionCount: 1 }), /^Cette journée compte encore 1 séance : déplacez-les/],
    ['sessions first', facts({ sessionCount: 3, attendanceCount: 2, registrationCount: 5 }), /^Cette journée compte encore 3 séances/],
    ['attendance', facts({ attendanceCount: 2, registrationCount: 5 }), /^Des présences sont pointées ce jour-là \(2 pointages\)/],
    ['one registration', facts({ registrationCount: 1 }), /^1 inscription porte sur cette journée/],
    ['registrations', facts({ registrationCount: 4 }), /^4 inscriptions portent sur cette journée/],
  ])('%s', (_, input, expected) => {
    const refusal = dayRemovalRefusal(input);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});

describe('dayRemovalSummary', () => {
  it.each([
    [[], 'Journée du jeudi 11 février 2027 supprimée, avec ses horaires. Le programme n’a plus de journée : l’événement garde les dates de sa fiche.'],
    [['2027-02-12'], 'Journée du jeudi 11 février 2027 supprimée, avec ses horaires. L’événement se tient désormais le vendredi 12 février 2027.'],
    [
      ['2027-02-13', '2027-02-10', '2027-02-12'],
      'Journée du jeudi 11 février 2027 supprimée, avec ses horaires. L’événement se tient désormais sur 3 journées, du mercredi 10 février 2027 au samedi 13 février 2027.',
    ],
  ])('remaining %j', (remaining, expected) => {
    expect(dayRemovalSummary('2027-02-11', remaining)).toBe(expected);
  });
});

it('dayRemovalQuestion names the day', () => {
  expect(dayRemovalQuestion('2027-03-01')).toMatch(/^Supprimer la journée du lundi 1er mars 2027 \?/);
});
