import { describe, expect, it } from 'vitest';

import { attendanceByDay, presentParticipants } from '@/lib/domain/registrations/attendance';
import type { AttendanceFact, RegistrationFact } from '@/lib/domain/registrations/facts';
import type { AttendanceStatus } from '@/lib/domain/registrations/statuses';

const DAY_1 = '2027-02-11';
const DAY_2 = '2027-02-12';

type Registration = Pick<RegistrationFact, 'id' | 'status' | 'isSpeaker' | 'isWalkIn' | 'days'>;
const registration = (id: string, overrides: Partial<Registration> = {}): Registration => ({
  id,
  status: 'confirmed',
  isSpeaker: false,
  isWalkIn: false,
  days: null,
  ...overrides,
});

type DayScenario = {
  present: number;
  absent: number;
  excused: number;
  unmarked: number;
  walkIns: number;
  speakers: number;
};

/** Construit une journée : attendu·es pointé·es, non pointé·es, venu·es sur place, intervenant·es absent·es. */
function buildDay(scenario: DayScenario) {
  const registrations: Registration[] = [];
  const attendance: AttendanceFact[] = [];
  const add = (prefix: string, count: number, status: AttendanceStatus | null, overrides: Partial<Registration> = {}) => {
    for (let i = 0; i < count; i += 1) {
      const id = `${prefix}-${i}`;
      registrations.push(registration(id, overrides));
      if (status !== null) attendance.push({ registrationId: id, day: DAY_1, status });
    }
  };
  add('present', scenario.present, 'present');
  add('absent', scenario.absent, 'absent');
  add('excused', scenario.excused, 'excused');
  add('unmarked', scenario.unmarked, null);
  add('walk-in', scenario.walkIns, 'present', { isWalkIn: true });
  add('speaker', scenario.speakers, 'absent', { isSpeaker: true });
  return { registrations, attendance };
}

const none: DayScenario = { present: 0, absent: 0, excused: 0, unmarked: 0, walkIns: 0, speakers: 0 };

describe('attendanceByDay — no-show', () => {
  it.each<[string, Partial<DayScenario>, { expected: number; present: number; noShow: number; noShowPercent: number | null; noShowStatus: 'ok' | 'over' | null }]>([
    ['aucune inscription', {}, { expected: 0, present: 0, noShow: 0, noShowPercent: null, noShowStatus: null }],
    ['tout le monde absent', { absent: 4 }, { expected: 4, present: 0, noShow: 4, noShowPercent: 100, noShowStatus: 'over' }],
    ['tout le monde présent', { present: 12 }, { expected: 12, present: 12, noShow: 0, noShowPercent: 0, noShowStatus: 'ok' }],
    ['20 % tout rond : au-dessus du seuil', { present: 8, absent: 2 }, { expected: 10, present: 8, noShow: 2, noShowPercent: 20, noShowStatus: 'over' }],
    ['juste sous 20 %', { present: 41, absent: 10 }, { expected: 51, present: 41, noShow: 10, noShowPercent: 19.6, noShowStatus: 'ok' }],
    ['excusé·es : au dénominateur, pas no-show', { present: 8, absent: 1, excused: 1 }, { expected: 10, present: 8, noShow: 1, noShowPercent: 10, noShowStatus: 'ok' }],
    ['non pointé·es comptés absent·es', { present: 4, unmarked: 1 }, { expected: 5, present: 4, noShow: 1, noShowPercent: 20, noShowStatus: 'over' }],
    ['venu·es sur place : présent·es, hors dénominateur', { present: 5, absent: 1, walkIns: 4 }, { expected: 6, present: 9, noShow: 1, noShowPercent: 16.7, noShowStatus: 'ok' }],
    ['seulement des venu·es sur place', { walkIns: 3 }, { expected: 0, present: 3, noShow: 0, noShowPercent: null, noShowStatus: null }],
    ['intervenant·es jamais compté·es', { present: 2, absent: 1, speakers: 3 }, { expected: 3, present: 2, noShow: 1, noShowPercent: 33.3, noShowStatus: 'over' }],
  ])('%s', (_, scenario, expected) => {
    const { registrations, attendance } = buildDay({ ...none, ...scenario });
    const [day] = attendanceByDay([DAY_1], registrations, attendance);
    expect(day).toMatchObject({ day: DAY_1, ...expected });
    expect(day?.walkIns).toBe(scenario.walkIns ?? 0);
    expect(day?.excused).toBe(scenario.excused ?? 0);
    expect(day?.unmarked).toBe(scenario.unmarked ?? 0);
  });
});

describe('attendanceByDay — plusieurs jours', () => {
  const registrations = [
    registration('both'),
    registration('day2-only', { days: [DAY_2] }),
    registration('waiting', { status: 'waiting' }),
    registration('cancelled', { status: 'cancelled' }),
  ];
  const attendance: AttendanceFact[] = [
    { registrationId: 'both', day: DAY_1, status: 'present' },
    { registrationId: 'both', day: DAY_2, status: 'absent' },
    { registrationId: 'day2-only', day: DAY_2, status: 'present' },
    { registrationId: 'waiting', day: DAY_2, status: 'present' }, // venue quand même : comptée sur place
    { registrationId: 'cancelled', day: DAY_1, status: 'absent' },
    { registrationId: 'unknown', day: DAY_1, status: 'present' }, // pointage orphelin : ignoré
  ];

  it('compte chaque jour avec ses propres attendu·es', () => {
    expect(attendanceByDay([DAY_1, DAY_2], registrations, attendance)).toEqual([
      { day: DAY_1, expected: 1, present: 1, walkIns: 0, excused: 0, noShow: 0, unmarked: 0, noShowPercent: 0, noShowStatus: 'ok' },
      { day: DAY_2, expected: 2, present: 2, walkIns: 1, excused: 0, noShow: 1, unmarked: 0, noShowPercent: 50, noShowStatus: 'over' },
    ]);
  });

  it('retient le dernier pointage d’une personne pour un jour', () => {
    const [day] = attendanceByDay(
      [DAY_1],
      [registration('a')],
      [
        { registrationId: 'a', day: DAY_1, status: 'absent' },
        { registrationId: 'a', day: DAY_1, status: 'present' },
      ],
    );
    expect(day).toMatchObject({ present: 1, noShow: 0 });
  });

  it('liste chaque participant·e présent·e une seule fois, sans intervenant·e', () => {
    const people = [...registrations, registration('speaker', { isSpeaker: true })];
    const withSpeaker: AttendanceFact[] = [...attendance, { registrationId: 'speaker', day: DAY_1, status: 'present' }];
    expect(presentParticipants(people, withSpeaker).map((person) => person.id)).toEqual(['both', 'day2-only', 'waiting']);
  });
});
