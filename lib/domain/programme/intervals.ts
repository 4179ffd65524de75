/*
 * Chevauchements d'intervalles semi-ouverts [début, fin[ : 10:00-11:00 puis 11:00-12:00 se
 * touchent sans se chevaucher. Balayage trié : O(n log n + n·c), où c est le nombre de
 * sessions en cours au même moment (le nombre de salles en parallèle), au lieu de O(n²).
 */
export type Interval = { readonly id: string; readonly startsAt: Date; readonly endsAt: Date };

export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Tri chronologique stable : début, puis fin, puis identifiant. */
export function byStart(a: Interval, b: Interval): number {
  return (
    a.startsAt.getTime() - b.startsAt.getTime() ||
    a.endsAt.getTime() - b.endsAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Les paires qui se chevauchent, chaque paire dans l'ordre chronologique.
 * `accept` filtre les paires à retenir (par exemple : au moins un temps commun).
 * Les intervalles vides ou inversés ne chevauchent rien.
 */
export function overlappingPairs<T extends Interval>(
  items: readonly T[],
  accept: (earlier: T, later: T) => boolean = () => true,
): Array<readonly [T, T]> {
  const sorted = items.filter((item) => item.endsAt > item.startsAt).sort(byStart);
  const pairs: Array<readonly [T, T]> = [];
  let running: T[] = [];
  for (const item of sorted) {
    const start = item.startsAt.getTime();
    // Ce qui finit au début de `item` (ou avant) ne le chevauche pas : intervalles semi-ouverts.
    running = running.filter((other) => other.endsAt.getTime() > start);
    for (const other of running) {
      if (accept(other, item)) pairs.push([other, item]);
    }
    running.push(item);
  }
  return pairs;
}

/** Vrai si `inner` tient entièrement dans `outer`. */
export function isWithin(inner: Interval, outer: Pick<Interval, 'startsAt' | 'endsAt'>): boolean {
  return inner.startsAt >= outer.startsAt && inner.endsAt <= outer.endsAt;
}
