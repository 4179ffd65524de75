import { personalLinkPromise } from './mail-notices';
import type { PublicEventStatus, PublicVenue } from './types';

/** Remote and hybrid events: the link is sent to registrants only, never printed on a public page. */
export const VISIO_NOTICE = 'Lien de visio communiqué aux inscrit·es.';

/** The vademecum's venue checklist, in the words of a participant. */
const VENUE_CHECKLIST: readonly { key: keyof Omit<PublicVenue, 'name' | 'address'>; label: string }[] = [
  { key: 'accessible', label: 'Accessible aux personnes à mobilité réduite' },
  { key: 'nearStation', label: 'À proximité d’une gare' },
  { key: 'hasPlenary', label: 'Salle plénière' },
  { key: 'hasBreakouts', label: 'Salles pour les ateliers' },
  { key: 'hasProjection', label: 'Projection' },
  { key: 'hasSound', label: 'Sonorisation' },
];

/** What the venue offers; step-free access is always stated, as people need to know it before coming. */
export function venueChecklist(venue: PublicVenue): string[] {
  const offered = VENUE_CHECKLIST.filter(({ key }) => venue[key]).map(({ label }) => label);
  return venue.accessible ? offered : ['Accessibilité aux personnes à mobilité réduite non confirmée', ...offered];
}

/**
 * Whether the registration form is reachable from the public page. `over`: the event's end is past
 * (lib/domain/events/past.ts) — a published event entered after the fact takes no registration.
 */
export function acceptsRegistrations(status: PublicEventStatus, registrationOpen: boolean, over = false): boolean {
  return status === 'PUBLISHED' && registrationOpen && !over;
}

/** What the registration box says beside (or instead of) the link to the form. */
export function registrationNotice(status: PublicEventStatus, registrationOpen: boolean, mailSent: boolean, over = false): string {
  if (status !== 'PUBLISHED' || over) return 'Cet événement a eu lieu : les inscriptions sont closes.';
  return registrationOpen
    ? `L’inscription est gratuite et ne demande pas de compte. ${personalLinkPromise(mailSent)}`
    : 'Les inscriptions sont closes.';
}
