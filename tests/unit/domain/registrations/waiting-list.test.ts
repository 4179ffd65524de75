import { describe, expect, it } from 'vitest';

import {
  decideRegistration,
  promoteAfterCancellation,
  rankChanges,
  recomputeRanks,
  seatsToFill,
  type Capacity,
  type RegistrationDecision,
  type WaitingEntry,
} from '@/lib/domain/registrations/waiting-list';

const at = (minute: number) => new Date(Date.UTC(2027, 0, 10, 9, minute));

describe('decideRegistration', () => {
  it.each<[Capacity, number, number, RegistrationDecision]>([
    // jauge, confirmées, en attente, décision
    [null, 0, 0, { status: 'confirmed' }],
    [null, 500, 3, { status: 'confirmed' }],
    [0, 0, 0, { status: 'waiting', rank: 1 }],
    [0, 0, 4, { status: 'waiting', rank: 5 }],
    [30, 0, 0, { status: 'confirmed' }],
    [30, 29, 0, { status: 'confirmed' }],
    [30, 30, 0, { status: 'waiting', rank: 1 }],
    [30, 30, 5, { status: 'waiting', rank: 6 }],
    [30, 31, 0, { status: 'waiting', rank: 1 }], // jauge réduite après coup
    [30, 28, 2, { status: 'waiting', rank: 3 }], // les 2 places libres reviennent aux 2 personnes en attente
    [30, 27, 2, { status: 'confirmed' }],
  ])('jauge %s, %i confirmées, %i en attente → %o', (capacity, confirmedCount, waitingCount, expected) => {
    expect(decideRegistration({ capacity, confirmedCount, waitingCount })).toEqual(expected);
  });

  it.each([
    { capacity: -1, confirmedCount: 0, waitingCount: 0 },
    { capacity: 10, confirmedCount: 1.5, waitingCount: 0 },
    { capacity: 10, confirmedCount: 0, waitingCount: -2 },
  ])('refuse des compteurs invalides %o', (counts) => {
    expect(() => decideRegistration(counts)).toThrow(RangeError);
  });
});

describe('seatsToFill', () => {
  it.each<[Capacity, number, number, number]>([
    [30, 29, 4, 1],
    [30, 25, 4, 4],
    [30, 30, 4, 0],
    [30, 32, 4, 0],
    [0, 0, 4, 0],
    [null, 30, 4, 4], // jauge levée : tout le monde passe
    [30, 20, 0, 0],
  ])('jauge %s, %i confirmées, %i en attente → %i à promouvoir', (capacity, confirmedCount, waitingCount, expected) => {
    expect(seatsToFill({ capacity, confirmedCount, waitingCount })).toBe(expected);
  });
});

describe('promoteAfterCancellation', () => {
  const waitingList: WaitingEntry[] = [
    { id: 'c', rank: 3, createdAt: at(3) },
    { id: 'a', rank: 1, createdAt: at(1) },
    { id: 'b2', rank: 2, createdAt: at(2) },
    { id: 'b1', rank: 2, createdAt: at(2) }, // même rang, même heure : l'identifiant départage
  ];

  it.each<[number, string[]]>([
    [0, []],
    [1, ['a']],
    [2, ['a', 'b1']],
    [3, ['a', 'b1', 'b2']],
    [10, ['a', 'b1', 'b2', 'c']],
  ])('%i place(s) libérée(s) → %o', (freedSeats, expected) => {
    expect(promoteAfterCancellation(waitingList, freedSeats)).toEqual(expected);
  });

  it('ne promeut personne quand la file est vide', () => {
    expect(promoteAfterCancellation([], 3)).toEqual([]);
  });

  it('ne modifie pas la liste reçue', () => {
    const copy = [...waitingList];
    promoteAfterCancellation(waitingList, 2);
    expect(waitingList).toEqual(copy);
  });
});

describe('recomputeRanks', () => {
  it('renumérote 1..n dans l’ordre d’arrivée après des départs', () => {
    const remaining: WaitingEntry[] = [
      { id: 'g', rank: 7, createdAt: at(7) },
      { id: 'c', rank: 3, createdAt: at(3) },
      { id: 'd', rank: 4, createdAt: at(4) },
      { id: 'e', rank: 4, createdAt: at(4) },
    ];
    expect(recomputeRanks(remaining)).toEqual([
      { id: 'c', rank: 1 },
      { id: 'd', rank: 2 },
      { id: 'e', rank: 3 },
      { id: 'g', rank: 4 },
    ]);
    expect(rankChanges(remaining)).toEqual([
      { id: 'c', rank: 1 },
      { id: 'd', rank: 2 },
      { id: 'e', rank: 3 },
      { id: 'g', rank: 4 },
    ]);
  });

  it('ne signale aucun changement quand les rangs sont déjà 1..n', () => {
    const list: WaitingEntry[] = [
      { id: 'a', rank: 1, createdAt: at(1) },
      { id: 'b', rank: 2, createdAt: at(2) },
    ];
    expect(rankChanges(list)).toEqual([]);
  });

  it('rend une liste vide pour une file vide', () => {
    expect(recomputeRanks([])).toEqual([]);
  });
});
