import { plural } from '@/lib/domain/format/french';
import { freeSeats, type SeatCounts } from '@/lib/domain/registrations/waiting-list';

/*
 * Places affichées sur la page publique. La jauge est celle de l'événement entier (une personne
 * inscrite pour un seul jour occupe une place, comme le décide `decideRegistration`) : il n'y a
 * pas de jauge par jour. Les personnes déjà en liste d'attente passent avant toute nouvelle
 * inscription : une place libre qu'elles attendent n'est pas « restante » pour le public.
 */

export type SeatAvailability =
  /** Pas de jauge : rien à afficher. */
  | { readonly kind: 'unlimited' }
  | { readonly kind: 'open'; readonly left: number }
  /** Une nouvelle inscription irait en liste d'attente. */
  | { readonly kind: 'full' };

export function seatAvailability(counts: SeatCounts): SeatAvailability {
  const free = freeSeats(counts.capacity, counts.confirmedCount);
  if (free === null) return { kind: 'unlimited' };
  const left = Math.max(0, free - counts.waitingCount);
  return left === 0 ? { kind: 'full' } : { kind: 'open', left };
}

/** Les places qu'une nouvelle personne peut prendre ; `null` sans jauge (pour JSON-LD et OpenAgenda). */
export function seatsLeftOf(availability: SeatAvailability): number | null {
  if (availability.kind === 'unlimited') return null;
  return availability.kind === 'open' ? availability.left : 0;
}

export const FULL_LABEL = 'Complet — inscription sur liste d’attente';

/** « 12 places restantes », « 1 place restante », « Complet — inscription sur liste d’attente » ; `null` sans jauge. */
export function seatAvailabilityLabel(availability: SeatAvailability): string | null {
  if (availability.kind === 'unlimited') return null;
  if (availability.kind === 'full') return FULL_LABEL;
  return plural(availability.left, { one: 'place restante', other: 'places restantes' });
}
