/*
 * Les journées d'un événement, quelle que soit la façon de le créer (formulaire, diagnostic, modèle,
 * duplication) : au plus cinq journées consécutives, ouvertes par défaut de 9 h à 17 h 30, heure de Paris.
 */
export const MAX_EVENT_DAYS = 5;

export const DEFAULT_OPENING_HOURS = { opensAt: '09:00', closesAt: '17:30' } as const;

export type OpeningHours = { readonly opensAt: string; readonly closesAt: string };

/** `count` journées aux horaires par défaut. */
export function defaultDays(count: number): OpeningHours[] {
  return Array.from({ length: count }, () => ({ ...DEFAULT_OPENING_HOURS }));
}
