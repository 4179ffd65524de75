import type { AnswerValue, DiagnosticAnswers } from './criteria';
import type { MaturityLevel } from './maturity-level';

/** La règle telle qu'on l'affiche à côté du résultat. */
export const LEVEL_RULE =
  "Le niveau est la médiane de vos trois réponses, sans jamais dépasser de plus d'un niveau la réponse la plus faible.";

/** Plafond imposé par la réponse la plus faible : un niveau au-dessus, au plus. */
const CEILING_BY_WEAKEST_ANSWER = { 1: 2, 2: 3, 3: 3 } as const satisfies Record<AnswerValue, MaturityLevel>;

export type LevelComputation = {
  readonly level: MaturityLevel;
  readonly median: AnswerValue;
  readonly weakest: AnswerValue;
  /** Vrai quand la réponse la plus faible a fait baisser le niveau sous la médiane. */
  readonly cappedByWeakest: boolean;
  /** La règle appliquée à ces réponses, en français courant. */
  readonly explanation: string;
};

/**
 * Niveau = médiane des trois réponses, plafonnée à (réponse la plus faible + 1).
 * Un seul critère très faible suffit donc à retenir le territoire :
 * (1, 3, 3) donne 2 et non 3.
 */
export function computeMaturityLevel(answers: DiagnosticAnswers): LevelComputation {
  const { ecosystem, events, engagement } = answers;
  const weakest = lower(lower(ecosystem, events), engagement);
  const median = higher(lower(ecosystem, events), lower(higher(ecosystem, events), engagement));
  const level = lower(median, CEILING_BY_WEAKEST_ANSWER[weakest]);
  return {
    level,
    median,
    weakest,
    cappedByWeakest: level < median,
    explanation: explainLevel(median, weakest, level),
  };
}

function lower(a: AnswerValue, b: AnswerValue): AnswerValue {
  return a < b ? a : b;
}

function higher(a: AnswerValue, b: AnswerValue): AnswerValue {
  return a > b ? a : b;
}

function explainLevel(median: AnswerValue, weakest: AnswerValue, level: MaturityLevel): string {
  if (level < median) {
    return `La médiane de vos réponses est ${median}, mais la réponse la plus faible (${weakest}) limite le niveau à ${level}.`;
  }
  return `La médiane de vos réponses est ${median}, et la réponse la plus faible (${weakest}) ne la plafonne pas. Votre niveau est donc ${level}.`;
}
