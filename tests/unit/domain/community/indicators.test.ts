import { describe, expect, it } from 'vitest';

import {
  checkThreshold,
  countReRegistrations,
  INDICATORS,
  listIndicators,
  questionnaireResponseRate,
  type IndicatorThreshold,
} from '@/lib/domain/community/indicators';

describe('indicateurs du webinaire', () => {
  it('répartit les données à surveiller par étape', () => {
    expect(listIndicators('IDENTIFIER')).toEqual([]);
    expect(listIndicators('MOBILISER').map((indicator) => indicator.id)).toEqual([
      'contact-base-growth',
      'mobilisation-click-rate',
      'bounce-rate',
      'followers-growth',
      'registrations-curve',
    ]);
    expect(listIndicators('ENGAGER').map((indicator) => indicator.id)).toEqual([
      'engagement-click-rate',
      'shares',
      'likes',
      'comments',
      'no-show',
    ]);
    expect(listIndicators('FIDELISER').map((indicator) => indicator.id)).toEqual([
      'satisfaction-click-rate',
      'contacts-after-event',
      'participant-posts',
      'account-subscriptions',
      're-registrations',
    ]);
    expect(listIndicators()).toHaveLength(Object.keys(INDICATORS).length);
  });

  it('calcule ce que Trame connaît, le reste se saisit', () => {
    const computed = listIndicators().filter((indicator) => indicator.source === 'computed');
    expect(computed.map((indicator) => indicator.id)).toEqual(['registrations-curve', 'no-show', 'satisfaction-click-rate', 're-registrations']);
  });

  it('porte les deux seuils du webinaire', () => {
    expect(INDICATORS['registrations-curve'].threshold).toEqual({
      comparison: 'atLeast',
      value: 100,
      atOffsetDays: -10,
      label: 'Toutes les inscriptions à J-10',
    });
    expect(INDICATORS['no-show'].threshold).toEqual({ comparison: 'below', value: 20, label: 'Moins de 20\u00a0%' });
    expect(listIndicators().filter((indicator) => indicator.threshold !== null)).toHaveLength(2);
  });
});

describe('checkThreshold', () => {
  const noShow: IndicatorThreshold = INDICATORS['no-show'].threshold;
  const byJ10: IndicatorThreshold = INDICATORS['registrations-curve'].threshold;

  it.each<[IndicatorThreshold | null, number | null, 'met' | 'not-met' | null]>([
    [noShow, 0, 'met'],
    [noShow, 19.9, 'met'],
    [noShow, 20, 'not-met'],
    [noShow, 100, 'not-met'],
    [byJ10, 100, 'met'],
    [byJ10, 99.9, 'not-met'],
    [noShow, null, null],
    [null, 42, null],
  ])('%o avec %s → %s', (threshold, value, expected) => {
    expect(checkThreshold(threshold, value)).toBe(expected);
  });
});

describe('questionnaireResponseRate', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [0, 10, 0],
    [7, 20, 35],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [10, 10, 100],
  ])('%i réponses pour %i envois → %s %', (answered, sent, expected) => {
    expect(questionnaireResponseRate({ answered, sent })).toBe(expected);
  });

  it('refuse plus de réponses que d’envois', () => {
    expect(() => questionnaireResponseRate({ answered: 3, sent: 2 })).toThrow(RangeError);
  });
});

describe('countReRegistrations', () => {
  it.each<[string[], string[], number]>([
    [[], ['a@x.fr'], 0],
    [['a@x.fr', 'b@x.fr'], [], 0],
    [['a@x.fr', 'b@x.fr', 'c@x.fr'], ['B@X.fr ', 'c@x.fr', 'c@x.fr', 'z@x.fr'], 2],
    [['a@x.fr', ' A@x.fr'], ['a@x.fr'], 1],
  ])('%o puis %o → %i', (participants, later, expected) => {
    expect(countReRegistrations(participants, later)).toBe(expected);
  });
});
