import { describe, expect, it } from 'vitest';
import { compareEvents, costPerParticipant, type ComparedEventInput } from '@/lib/domain/comparison/events';

const D1 = '2027-02-11';
const D2 = '2027-02-12';

type Person = ComparedEventInput['registrations'][number];
const person = (id: string, overrides: Partial<Person> = {}): Person => ({ id, status: 'confirmed', isSpeaker: false, isWalkIn: false, days: null, ...overrides });

function event(overrides: Partial<ComparedEventInput> = {}): ComparedEventInput {
  return {
    id: 'e',
    title: 'Rencontre',
    startsAt: new Date('2027-02-11T08:00:00Z'),
    days: [D1],
    registrations: [],
    attendance: [],
    actualChargesCents: null,
    satisfaction: null,
    ...overrides,
  };
}

describe('compareEvents', () => {
  it('orders events in time and keeps null where nothing can be computed', () => {
    const later = event({ id: 'later', startsAt: new Date('2028-01-01T08:00:00Z') });
    const earlier = event({ id: 'earlier', startsAt: new Date('2026-01-01T08:00:00Z') });
    expect(compareEvents([later, earlier])).toEqual([
      { id: 'earlier', title: 'Rencontre', startsAt: earlier.startsAt, participants: null, noShowPercent: null, costPerParticipantCents: null, satisfaction: null },
      { id: 'later', title: 'Rencontre', startsAt: later.startsAt, participants: null, noShowPercent: null, costPerParticipantCents: null, satisfaction: null },
    ]);
  });

  it('counts present participants without speakers, walk-ins included, once over several days', () => {
    const [compared] = compareEvents([
      event({
        days: [D1, D2],
        registrations: [person('a'), person('b'), person('speaker', { isSpeaker: true }), person('walk-in', { isWalkIn: true }), person('c', { days: [D2] })],
        attendance: [
          { registrationId: 'a', day: D1, status: 'present' },
          { registrationId: 'a', day: D2, status: 'present' },
          { registrationId: 'b', day: D1, status: 'absent' },
          { registrationId: 'speaker', day: D1, status: 'present' },
          { registrationId: 'walk-in', day: D1, status: 'present' },
          { registrationId: 'c', day: D2, status: 'excused' },
        ],
        actualChargesCents: 100_000,
        satisfaction: 4.2,
      }),
    ]);
    // Expected: D1 a, b (c comes on D2 only); D2 a, b, c. No-show: b on D1, b unmarked on D2 → 2 / 5.
    expect(compared).toMatchObject({ participants: 2, noShowPercent: 40, costPerParticipantCents: 50_000, satisfaction: 4.2 });
  });

  it('gives every absent a 100 % no-show, and no cost per participant without anyone present', () => {
    const [compared] = compareEvents([
      event({ registrations: [person('a')], attendance: [{ registrationId: 'a', day: D1, status: 'absent' }], actualChargesCents: 5000 }),
    ]);
    expect(compared).toMatchObject({ participants: 0, noShowPercent: 100, costPerParticipantCents: null });
  });
});

describe('costPerParticipant', () => {
  it.each([
    [null, 10, null],
    [10_000, null, null],
    [10_000, 0, null],
    [0, 3, 0],
    [10_000, 3, 3333],
    [20_000, 3, 6667],
    [250, 2, 125],
    [5, 2, 3],
  ])('%s cents for %s people → %s', (cents, people, expected) => {
    expect(costPerParticipant(cents, people)).toBe(expected);
  });
});
