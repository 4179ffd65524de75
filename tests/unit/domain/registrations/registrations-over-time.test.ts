import { describe, expect, it } from 'vitest';

import type { RegistrationFact } from '@/lib/domain/registrations/facts';
import { registrationsOverTime, type RegistrationDeadlineStatus } from '@/lib/domain/registrations/registrations-over-time';

// Événement le jeudi 11 février 2027 : J-10 tombe le lundi 1er février.
const FIRST_DAY = '2027-02-11';
const AFTER_EVENT = '2027-03-01';

type Input = Pick<RegistrationFact, 'registeredAt' | 'status' | 'isSpeaker' | 'isWalkIn'>;
const registration = (instant: string, overrides: Partial<Input> = {}): Input => ({
  registeredAt: new Date(instant),
  status: 'confirmed',
  isSpeaker: false,
  isWalkIn: false,
  ...overrides,
});

describe('registrationsOverTime', () => {
  it('cumule par jour de Paris, du premier jour d’inscription au premier jour de l’événement', () => {
    const result = registrationsOverTime(
      [
        registration('2027-02-02T09:00:00Z'),
        registration('2027-01-30T10:00:00Z'),
        registration('2027-01-30T22:30:00Z'), // 23 h 30 à Paris : encore le 30
        registration('2027-01-31T23:30:00Z'), // 0 h 30 à Paris : le 1er février
      ],
      { firstDay: FIRST_DAY, today: AFTER_EVENT },
    );
    expect(result.points).toHaveLength(13);
    expect(result.points.slice(0, 5)).toEqual([
      { date: '2027-01-30', newCount: 2, cumulativeCount: 2 },
      { date: '2027-01-31', newCount: 0, cumulativeCount: 2 },
      { date: '2027-02-01', newCount: 1, cumulativeCount: 3 },
      { date: '2027-02-02', newCount: 1, cumulativeCount: 4 },
      { date: '2027-02-03', newCount: 0, cumulativeCount: 4 },
    ]);
    expect(result.points.at(-1)).toEqual({ date: FIRST_DAY, newCount: 0, cumulativeCount: 4 });
    expect(result.total).toBe(4);
    expect(result.deadline).toEqual({ date: '2027-02-01', countByDeadline: 3, sharePercent: 75, status: 'not-met' });
  });

  it('ne compte ni les intervenant·es, ni les annulations, ni les venu·es sur place', () => {
    const result = registrationsOverTime(
      [
        registration('2027-01-20T10:00:00Z'),
        registration('2027-01-21T10:00:00Z', { status: 'waiting' }),
        registration('2027-01-22T10:00:00Z', { isSpeaker: true }),
        registration('2027-01-23T10:00:00Z', { status: 'cancelled' }),
        registration('2027-02-11T08:00:00Z', { isWalkIn: true }),
      ],
      { firstDay: FIRST_DAY, today: AFTER_EVENT },
    );
    expect(result.total).toBe(2);
    expect(result.deadline).toMatchObject({ countByDeadline: 2, sharePercent: 100, status: 'met' });
  });

  it.each<[string, string[], string, RegistrationDeadlineStatus, number | null]>([
    ['aucune inscription', [], AFTER_EVENT, 'no-registrations', null],
    ['tout reçu le jour J-10', ['2027-01-10T10:00:00Z', '2027-02-01T22:59:00Z'], AFTER_EVENT, 'met', 100],
    ['une inscription le lendemain de J-10', ['2027-01-10T10:00:00Z', '2027-02-01T23:00:00Z'], AFTER_EVENT, 'not-met', 50],
    ['J-10 pas encore passé', ['2027-01-10T10:00:00Z'], '2027-02-01', 'too-early', 100],
    ['le lendemain de J-10', ['2027-01-10T10:00:00Z'], '2027-02-02', 'met', 100],
  ])('règle J-10 : %s', (_, instants, today, status, sharePercent) => {
    const result = registrationsOverTime(instants.map((instant) => registration(instant)), { firstDay: FIRST_DAY, today });
    expect(result.deadline.status).toBe(status);
    expect(result.deadline.sharePercent).toBe(sharePercent);
  });

  it('n’a ni point ni taux sans inscription (jamais NaN)', () => {
    const result = registrationsOverTime([], { firstDay: FIRST_DAY, today: AFTER_EVENT });
    expect(result).toEqual({
      points: [],
      total: 0,
      registeredAfterFirstDay: 0,
      deadline: { date: '2027-02-01', countByDeadline: 0, sharePercent: null, status: 'no-registrations' },
    });
  });

  it('arrête la courbe à aujourd’hui quand l’événement est à venir', () => {
    const result = registrationsOverTime([registration('2027-01-10T10:00:00Z')], { firstDay: FIRST_DAY, today: '2027-01-12' });
    expect(result.points.map((point) => point.date)).toEqual(['2027-01-10', '2027-01-11', '2027-01-12']);
  });

  it('compte à part les inscriptions datées après le premier jour', () => {
    const result = registrationsOverTime(
      [registration('2027-01-10T10:00:00Z'), registration('2027-02-12T10:00:00Z')],
      { firstDay: FIRST_DAY, today: AFTER_EVENT },
    );
    expect(result).toMatchObject({ total: 2, registeredAfterFirstDay: 1 });
    expect(result.points.at(-1)).toMatchObject({ date: FIRST_DAY, cumulativeCount: 1 });
    expect(result.deadline).toMatchObject({ sharePercent: 50, status: 'not-met' });
  });
});
