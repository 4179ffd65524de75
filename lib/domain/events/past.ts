import type { EventDateWarningCode } from './warnings';

/*
 * Événements passés. Une coordinatrice saisit souvent après coup un événement qui a déjà eu lieu
 * (pour en faire le bilan) : rien de ce qui sert à préparer l'avenir ne doit alors se déclencher.
 *  - Un événement est « passé » dès que son heure de fin est atteinte.
 *  - Le publier n'ouvre pas les inscriptions : sa page publique dit qu'il a eu lieu, sans formulaire.
 *  - Aucun courriel d'inscription n'est envoyé à son sujet (confirmation, liste d'attente, annulation).
 *  - Les avertissements sur le choix des dates ne s'affichent plus une fois l'événement commencé :
 *    ses dates ne se choisissent plus.
 */

type Timed = { readonly startsAt: Date; readonly endsAt: Date };

/** Vrai dès que l'heure de fin de l'événement est atteinte. */
export function isEventOver(event: Pick<Timed, 'endsAt'>, now: Date): boolean {
  return now.getTime() >= event.endsAt.getTime();
}

/** Vrai dès que l'heure de début de l'événement est atteinte. */
export function hasEventStarted(event: Pick<Timed, 'startsAt'>, now: Date): boolean {
  return now.getTime() >= event.startsAt.getTime();
}

/** À la publication : les inscriptions s'ouvrent seulement si l'événement n'a pas encore eu lieu. */
export function registrationOpenOnPublish(event: Pick<Timed, 'endsAt'>, now: Date): boolean {
  return !isEventOver(event, now);
}

/** Les inscriptions publiques sont reçues : publié, ouvertes par les organisateurs, et pas encore passé. */
export function acceptsPublicRegistrations(
  event: Pick<Timed, 'endsAt'> & { readonly status: string; readonly registrationOpen: boolean },
  now: Date,
): boolean {
  return event.status === 'PUBLISHED' && event.registrationOpen && !isEventOver(event, now);
}

/** Aucun courriel d'inscription à propos d'un événement passé, quel que soit le choix de l'organisateur. */
export function mayEmailRegistrants(event: Pick<Timed, 'endsAt'>, now: Date): boolean {
  return !isEventOver(event, now);
}

/** Ajout à la main par l'organisateur : par défaut, un courriel seulement si l'événement n'est pas passé. */
export function defaultNotifyOnManualAdd(event: Pick<Timed, 'endsAt'>, now: Date): boolean {
  return mayEmailRegistrants(event, now);
}

/** Jusqu'à quand chaque avertissement sur les dates a un sens. */
export const DATE_WARNING_RELEVANCE: Record<EventDateWarningCode, 'before-start' | 'always'> = {
  // Conseils pour choisir les dates : plus rien à choisir une fois l'événement commencé.
  'general-assembly-season': 'before-start',
  'same-territory-event-nearby': 'before-start',
};

/** Garde les avertissements qui ont encore un sens à `now`. */
export function relevantDateWarnings<W extends { readonly code: EventDateWarningCode }>(
  warnings: readonly W[],
  event: Pick<Timed, 'startsAt'>,
  now: Date,
): W[] {
  const started = hasEventStarted(event, now);
  return warnings.filter((warning) => DATE_WARNING_RELEVANCE[warning.code] === 'always' || !started);
}
