import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';
import { defaultSchedule, isDue, isOpenOn, scheduleErrors } from '@/lib/domain/questionnaire/schedule';

describe('defaultSchedule', () => {
  it('envoi à J+10 du dernier jour, relance 5 jours après, clôture 30 jours après', () => {
    expect(defaultSchedule('2027-02-12')).toEqual({ sendOn: '2027-02-22', reminderOn: '2027-02-27', closesOn: '2027-03-24' });
  });
  it('traverse les fins de mois et d’année', () => {
    expect(defaultSchedule('2026-12-28')).toEqual({ sendOn: '2027-01-07', reminderOn: '2027-01-12', closesOn: '2027-02-06' });
  });
});

describe('scheduleErrors', () => {
  const lastDay = '2027-02-12';
  it.each([
    [{ sendOn: '2027-02-22', reminderOn: '2027-02-27', closesOn: '2027-03-24' }, {}],
    [{ sendOn: '2027-02-12', reminderOn: null, closesOn: null }, {}],
    [{ sendOn: '2027-02-11', reminderOn: null, closesOn: null }, { sendOn: 'L’envoi ne peut pas précéder le dernier jour de l’événement.' }],
    [{ sendOn: '2027-02-22', reminderOn: '2027-02-22', closesOn: null }, { reminderOn: 'La relance doit suivre l’envoi d’au moins un jour.' }],
    [{ sendOn: '2027-02-22', reminderOn: '2027-02-20', closesOn: null }, { reminderOn: 'La relance doit suivre l’envoi d’au moins un jour.' }],
    [{ sendOn: '2027-02-22', reminderOn: null, closesOn: '2027-02-22' }, { closesOn: 'La clôture doit suivre l’envoi d’au moins un jour.' }],
    [{ sendOn: '2027-02-22', reminderOn: '2027-03-01', closesOn: '2027-02-25' }, { closesOn: 'La clôture ne peut pas précéder la relance.' }],
    [{ sendOn: '2027-02-22', reminderOn: '2027-03-01', closesOn: '2027-03-01' }, {}],
  ])('%j → %j', (schedule, errors) => {
    expect(scheduleErrors(schedule, lastDay)).toEqual(errors);
  });
  it('sans dernier jour connu, seul l’ordre des dates compte', () => {
    expect(scheduleErrors({ sendOn: '2020-01-01', reminderOn: null, closesOn: null }, null)).toEqual({});
  });
});

describe('isOpenOn / isDue', () => {
  it('ouvert jusqu’au jour de clôture inclus', () => {
    expect(isOpenOn('2027-03-24', '2027-03-24')).toBe(true);
    expect(isOpenOn('2027-03-24', '2027-03-25')).toBe(false);
    expect(isOpenOn(null, '2099-01-01')).toBe(true);
  });
  it('un jour est venu à partir de ce jour', () => {
    expect(isDue('2027-02-22', '2027-02-21')).toBe(false);
    expect(isDue('2027-02-22', '2027-02-22')).toBe(true);
    expect(isDue(null, '2027-02-22')).toBe(false);
  });
});

describe('DEFAULT_QUESTIONS', () => {
  it('garde les identifiants convenus avec le bilan', () => {
    expect(DEFAULT_QUESTIONS.map((q) => `${q.id}:${q.kind}`)).toEqual([
      'overall:scale',
      'content:scale',
      'organisation:scale',
      'sessions:session-scale',
      'again:choice',
      'keep:text',
      'improve:text',
      'verbatim:verbatim',
    ]);
  });
});
