import { describe, expect, it } from 'vitest';

import {
  decideRegistration,
  promoteAfterCancellation,
  recomputeRanks,
  seatsToFill,
  type Capacity,
} from '@/lib/domain/registrations/waiting-list';

/*
 * Suites d'inscriptions et d'annulations appliquées une à une, comme le ferait la base
 * avec des transactions sérialisées : les règles pures doivent garder la file cohérente.
 */
type Entry = { id: string; status: 'confirmed' | 'waiting'; rank: number; createdAt: Date };

class Store {
  private clock = 0;
  readonly entries = new Map<string, Entry>();
  constructor(readonly capacity: Capacity) {}

  private list(status: Entry['status']) {
    return [...this.entries.values()].filter((entry) => entry.status === status);
  }
  get confirmed() {
    return this.list('confirmed');
  }
  get waiting() {
    return this.list('waiting').sort((a, b) => a.rank - b.rank);
  }

  register(id: string) {
    const decision = decideRegistration({
      capacity: this.capacity,
      confirmedCount: this.confirmed.length,
      waitingCount: this.waiting.length,
    });
    const createdAt = new Date(Date.UTC(2027, 0, 1) + this.clock++ * 1000);
    this.entries.set(id, decision.status === 'waiting' ? { id, createdAt, ...decision } : { id, createdAt, status: 'confirmed', rank: 0 });
  }

  cancel(id: string): string[] {
    this.entries.delete(id);
    const toFill = seatsToFill({ capacity: this.capacity, confirmedCount: this.confirmed.length, waitingCount: this.waiting.length });
    const promoted = promoteAfterCancellation(this.waiting, toFill);
    for (const promotedId of promoted) this.entries.set(promotedId, { ...this.entries.get(promotedId)!, status: 'confirmed', rank: 0 });
    for (const { id: waitingId, rank } of recomputeRanks(this.waiting)) {
      this.entries.set(waitingId, { ...this.entries.get(waitingId)!, rank });
    }
    return promoted;
  }

  assertInvariants() {
    const { capacity, confirmed, waiting } = this;
    if (capacity !== null) expect(confirmed.length).toBeLessThanOrEqual(capacity);
    if (waiting.length > 0 && capacity !== null) expect(confirmed.length).toBe(capacity);
    if (capacity === null) expect(waiting).toEqual([]);
    expect(waiting.map((entry) => entry.rank)).toEqual(waiting.map((_, index) => index + 1));
    const joinOrder = [...waiting].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(waiting.map((entry) => entry.id)).toEqual(joinOrder.map((entry) => entry.id));
  }
}

function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('suites d’inscriptions et d’annulations', () => {
  it.each<[Capacity, number, number]>([
    [30, 30, 170],
    [0, 0, 200],
    [null, 200, 0],
    [250, 200, 0],
  ])('200 inscriptions pour une jauge de %s → %i confirmées, %i en attente', (capacity, confirmed, waiting) => {
    const store = new Store(capacity);
    for (let i = 0; i < 200; i += 1) store.register(`p${i}`);
    expect(store.confirmed).toHaveLength(confirmed);
    expect(store.waiting).toHaveLength(waiting);
    expect(store.waiting[0]?.id).toBe(waiting > 0 ? `p${confirmed}` : undefined);
    store.assertInvariants();
  });

  it('une annulation confirmée promeut la première personne en attente et décale les rangs', () => {
    const store = new Store(2);
    ['a', 'b', 'c', 'd', 'e'].forEach((id) => store.register(id));
    expect(store.cancel('a')).toEqual(['c']);
    expect(store.waiting.map(({ id, rank }) => [id, rank])).toEqual([
      ['d', 1],
      ['e', 2],
    ]);
    expect(store.cancel('d')).toEqual([]); // une personne en attente qui part ne libère pas de place
    expect(store.waiting.map(({ id, rank }) => [id, rank])).toEqual([['e', 1]]);
    store.register('f');
    expect(store.entries.get('f')).toMatchObject({ status: 'waiting', rank: 2 });
    store.assertInvariants();
  });

  it('avec une jauge à 0, une annulation ne promeut personne', () => {
    const store = new Store(0);
    ['a', 'b', 'c'].forEach((id) => store.register(id));
    expect(store.cancel('a')).toEqual([]);
    expect(store.waiting.map(({ id, rank }) => [id, rank])).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
  });

  it.each([1, 2, 3, 4, 5])('garde la file cohérente sur 600 opérations aléatoires (graine %i)', (seed) => {
    const random = seededRandom(seed);
    const store = new Store(10);
    let next = 0;
    for (let step = 0; step < 600; step += 1) {
      const ids = [...store.entries.keys()];
      if (ids.length === 0 || random() < 0.6) {
        store.register(`p${next++}`);
      } else {
        const before = store.waiting.map((entry) => entry.id);
        const promoted = store.cancel(ids[Math.floor(random() * ids.length)]!);
        expect(promoted).toEqual(before.filter((id) => store.entries.has(id)).slice(0, promoted.length));
      }
      store.assertInvariants();
    }
  });
});
