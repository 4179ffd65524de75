/*
 * Jauge et liste d'attente, pour l'événement comme pour une session.
 * Ces règles décident ; l'écriture concurrente (verrou de ligne ou transaction sérialisable)
 * revient à la couche serveur, qui doit lire les compteurs dans la même transaction.
 */

/** `null` : jauge illimitée. `0` : tout le monde passe en liste d'attente. */
export type Capacity = number | null;

export type SeatCounts = {
  readonly capacity: Capacity;
  /** Inscriptions confirmées (annulations exclues). */
  readonly confirmedCount: number;
  /** Personnes en liste d'attente. */
  readonly waitingCount: number;
};

export type RegistrationDecision = { readonly status: 'confirmed' } | { readonly status: 'waiting'; readonly rank: number };

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} doit être un entier positif ou nul.`);
}

function assertCounts({ capacity, confirmedCount, waitingCount }: SeatCounts): void {
  if (capacity !== null) assertCount('capacity', capacity);
  assertCount('confirmedCount', confirmedCount);
  assertCount('waitingCount', waitingCount);
}

/** Places libres ; `null` quand la jauge est illimitée. Jamais négatif, même si la jauge a été réduite. */
export function freeSeats(capacity: Capacity, confirmedCount: number): number | null {
  if (capacity === null) return null;
  return Math.max(0, capacity - confirmedCount);
}

/**
 * Une nouvelle inscription est confirmée s'il reste une place une fois servies toutes les
 * personnes déjà en attente : personne ne double la file. Sinon elle prend le rang suivant.
 */
export function decideRegistration(counts: SeatCounts): RegistrationDecision {
  assertCounts(counts);
  const free = freeSeats(counts.capacity, counts.confirmedCount);
  if (free === null || free > counts.waitingCount) return { status: 'confirmed' };
  return { status: 'waiting', rank: counts.waitingCount + 1 };
}

/**
 * Combien de personnes en attente promouvoir maintenant : autant que de places libres
 * (toutes si la jauge est illimitée ou a été levée), sans dépasser la file.
 */
export function seatsToFill(counts: SeatCounts): number {
  assertCounts(counts);
  const free = freeSeats(counts.capacity, counts.confirmedCount);
  return free === null ? counts.waitingCount : Math.min(free, counts.waitingCount);
}

export type WaitingEntry = {
  readonly id: string;
  readonly rank: number;
  /** Moment de l'entrée en liste d'attente. */
  readonly createdAt: Date;
};

/** Ordre de la file : rang, puis heure d'arrivée, puis identifiant (pour un ordre total et stable). */
function byQueueOrder(a: WaitingEntry, b: WaitingEntry): number {
  return a.rank - b.rank || a.createdAt.getTime() - b.createdAt.getTime() || compareIds(a.id, b.id);
}

function byJoinTime(a: WaitingEntry, b: WaitingEntry): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Les identifiants à confirmer après une annulation : les `freedSeats` premiers de la file. */
export function promoteAfterCancellation(waitingList: readonly WaitingEntry[], freedSeats: number): string[] {
  assertCount('freedSeats', freedSeats);
  return [...waitingList]
    .sort(byQueueOrder)
    .slice(0, freedSeats)
    .map((entry) => entry.id);
}

export type RankedEntry = { readonly id: string; readonly rank: number };

/**
 * Après des départs (promotion, annulation), les rangs redeviennent 1..n, dans l'ordre
 * d'arrivée en liste d'attente : deux personnes ne changent jamais d'ordre entre elles.
 */
export function recomputeRanks(waitingList: readonly WaitingEntry[]): RankedEntry[] {
  return [...waitingList].sort(byJoinTime).map((entry, index) => ({ id: entry.id, rank: index + 1 }));
}

/** Seulement les rangs qui changent : les lignes à mettre à jour. */
export function rankChanges(waitingList: readonly WaitingEntry[]): RankedEntry[] {
  const previous = new Map(waitingList.map((entry) => [entry.id, entry.rank]));
  return recomputeRanks(waitingList).filter((entry) => previous.get(entry.id) !== entry.rank);
}
