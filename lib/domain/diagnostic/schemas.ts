import { textField, z } from '@/lib/schemas/zod';

import { ANSWER_VALUES, CRITERIA, type CriterionId, type DiagnosticAnswers } from './criteria';
import { MATURITY_LEVELS } from './maturity-level';
import {
  LEVEL_OVERRIDE_ERROR_MESSAGES,
  OVERRIDE_REASON_MAX_LENGTH,
  OVERRIDE_REASON_MIN_LENGTH,
  type LevelOverrideInput,
} from './override';

/*
 * Schémas d'entrée du diagnostic. Les réponses sont des nombres : la conversion
 * depuis un FormData (chaînes) se fait à la frontière, pas ici.
 */

function answerSchema(criterionId: CriterionId) {
  return z.literal(ANSWER_VALUES, {
    error: `Choisissez une réponse (1, 2 ou 3) pour le critère « ${CRITERIA[criterionId].label} ».`,
  });
}

export const diagnosticAnswersSchema = z.object(
  {
    ecosystem: answerSchema('ecosystem'),
    events: answerSchema('events'),
    engagement: answerSchema('engagement'),
  },
  { error: 'Répondez aux trois critères du diagnostic.' },
) satisfies z.ZodType<DiagnosticAnswers>;

export type DiagnosticAnswersInput = z.infer<typeof diagnosticAnswersSchema>;

export const overrideSchema = z.object(
  {
    level: z.literal(MATURITY_LEVELS, { error: 'Choisissez le niveau 1, 2 ou 3.' }),
    reason: textField({ error: LEVEL_OVERRIDE_ERROR_MESSAGES['reason-required'] })
      .trim()
      .min(1, { error: LEVEL_OVERRIDE_ERROR_MESSAGES['reason-required'], abort: true })
      .min(OVERRIDE_REASON_MIN_LENGTH, { error: LEVEL_OVERRIDE_ERROR_MESSAGES['reason-too-short'] })
      .max(OVERRIDE_REASON_MAX_LENGTH, { error: LEVEL_OVERRIDE_ERROR_MESSAGES['reason-too-long'] }),
  },
  { error: 'Indiquez le niveau retenu et sa justification.' },
) satisfies z.ZodType<LevelOverrideInput>;

export type OverrideInput = z.infer<typeof overrideSchema>;
