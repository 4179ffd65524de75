import { WEBINAIRE_SOURCE_CREDIT } from '../formats/sources';
import type { CatalogueFormatId } from '../formats/format-ids';
import { CRITERIA, CRITERION_IDS, type AnswerValue, type CriterionId, type DiagnosticAnswers } from './criteria';
import { computeMaturityLevel, LEVEL_RULE, type LevelComputation } from './level';
import { getLevelObjective, type LevelObjective } from './objectives';
import { recommendedFormatIdsFor } from './recommended-formats';

/** Le diagnostic reprend les critères et niveaux du webinaire. */
export const DIAGNOSTIC_SOURCE_CREDIT = WEBINAIRE_SOURCE_CREDIT;

export type DiagnosticAnswerSummary = {
  readonly criterionId: CriterionId;
  readonly criterionLabel: string;
  readonly value: AnswerValue;
  readonly answerLabel: string;
  readonly answerExplanation: string;
};

export type DiagnosticResult = {
  readonly answers: readonly DiagnosticAnswerSummary[];
  readonly rule: string;
  readonly computation: LevelComputation;
  readonly objective: LevelObjective;
  /** Dans l'ordre du webinaire : le premier est le plus recommandé. */
  readonly recommendedFormatIds: readonly CatalogueFormatId[];
  readonly sourceCredit: string;
};

/** Tout ce que l'écran de résultat affiche, pour le niveau calculé. */
export function buildDiagnosticResult(answers: DiagnosticAnswers): DiagnosticResult {
  const computation = computeMaturityLevel(answers);
  return {
    answers: CRITERION_IDS.map((criterionId) => {
      const criterion = CRITERIA[criterionId];
      const answer = criterion.answers[answers[criterionId]];
      return {
        criterionId,
        criterionLabel: criterion.label,
        value: answer.value,
        answerLabel: answer.label,
        answerExplanation: answer.explanation,
      };
    }),
    rule: LEVEL_RULE,
    computation,
    objective: getLevelObjective(computation.level),
    recommendedFormatIds: recommendedFormatIdsFor(computation.level),
    sourceCredit: DIAGNOSTIC_SOURCE_CREDIT,
  };
}
