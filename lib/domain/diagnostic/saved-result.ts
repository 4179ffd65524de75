import type { DiagnosticAnswers } from './criteria';
import type { MaturityLevel } from './maturity-level';
import { getLevelObjective } from './objectives';
import { recommendedFormatIdsFor } from './recommended-formats';
import { buildDiagnosticResult, type DiagnosticResult } from './result';

/** Un diagnostic tel qu'il est enregistré : le niveau calculé alors, et le choix éventuel du·de la coordinateur·rice. */
export type StoredDiagnostic = {
  readonly answers: DiagnosticAnswers;
  readonly computedLevel: MaturityLevel;
  readonly chosenLevel: MaturityLevel | null;
  readonly overrideReason: string | null;
};

export type RetainedOverride = {
  readonly level: MaturityLevel;
  readonly computedLevel: MaturityLevel;
  readonly reason: string;
};

export type SavedDiagnosticResult = DiagnosticResult & {
  /** Le niveau retenu : le niveau choisi s'il y en a un, sinon le niveau calculé. */
  readonly level: MaturityLevel;
  readonly computedLevel: MaturityLevel;
  readonly override: RetainedOverride | null;
};

/**
 * Le résultat à afficher pour un diagnostic enregistré. L'objectif et les formats suivent le niveau
 * retenu ; la règle et son explication restent celles du calcul, pour montrer d'où l'on part.
 * Le niveau calculé est celui enregistré : si la règle changeait, l'historique ne bougerait pas.
 */
export function buildSavedDiagnosticResult(stored: StoredDiagnostic): SavedDiagnosticResult {
  const override =
    stored.chosenLevel !== null && stored.overrideReason
      ? { level: stored.chosenLevel, computedLevel: stored.computedLevel, reason: stored.overrideReason }
      : null;
  const level = override?.level ?? stored.computedLevel;
  return {
    ...buildDiagnosticResult(stored.answers),
    level,
    computedLevel: stored.computedLevel,
    override,
    objective: getLevelObjective(level),
    recommendedFormatIds: recommendedFormatIdsFor(level),
  };
}

/** « Niveau retenu : 2 (au lieu de 1) », ou « Niveau 1 » sans changement. */
export function retainedLevelLabel(result: Pick<SavedDiagnosticResult, 'level' | 'override'>): string {
  return result.override
    ? `Niveau retenu : ${result.level} (au lieu de ${result.override.computedLevel})`
    : `Niveau ${result.level}`;
}
