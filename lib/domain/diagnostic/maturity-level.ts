/**
 * Niveaux de maturité d'un territoire, d'après le diagnostic du webinaire
 * « Comment organiser un événement dédié au numérique d'intérêt général ? ».
 */
export const MATURITY_LEVELS = [1, 2, 3] as const;

export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const MATURITY_LEVEL_LABELS: Record<MaturityLevel, string> = {
  1: 'Niveau 1',
  2: 'Niveau 2',
  3: 'Niveau 3',
};

export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return MATURITY_LEVELS.some((level) => level === value);
}
