import type { MaturityLevel } from './maturity-level';

export type LevelObjective = {
  readonly level: MaturityLevel;
  /** Titre court pour un badge ou un intitulé. */
  readonly title: string;
  /** L'objectif de l'événement à ce niveau, reformulé d'après le webinaire. */
  readonly objective: string;
};

export const LEVEL_OBJECTIVES = {
  1: {
    level: 1,
    title: 'Mettre en synergie',
    objective:
      "Faire se rencontrer les acteurs de l'inclusion numérique du territoire pour qu'ils se connaissent et agissent en synergie.",
  },
  2: {
    level: 2,
    title: "Passer à l'action",
    objective:
      "Réunir les conditions pour que les acteurs de l'inclusion numérique passent à l'action et se mettent à travailler ensemble.",
  },
  3: {
    level: 3,
    title: "Développer l'expertise",
    objective:
      "Approfondir l'expertise sur une thématique de l'inclusion numérique et ouvrir le territoire à l'échelle nationale.",
  },
} as const satisfies { readonly [L in MaturityLevel]: LevelObjective & { readonly level: L } };

export function getLevelObjective(level: MaturityLevel): LevelObjective {
  return LEVEL_OBJECTIVES[level];
}
