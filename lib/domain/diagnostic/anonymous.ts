import { z } from '@/lib/schemas/zod';
import { CRITERION_IDS, type DiagnosticAnswers } from './criteria';
import { diagnosticAnswersSchema } from './schemas';

/*
 * The anonymous diagnostic (before signing up) lives in the address, « ?reponses=2-1-3 » (ecosystem,
 * events, engagement): nothing is stored for a visitor. Signing up carries the answers to the new
 * organisation, which gives the territory after its first sign-in.
 */

const ANSWERS_PARAM = /^[1-3]-[1-3]-[1-3]$/;

/** « 2-1-3 » for { ecosystem: 2, events: 1, engagement: 3 }. */
export function encodeAnswers(answers: DiagnosticAnswers): string {
  return CRITERION_IDS.map((id) => answers[id]).join('-');
}

/** The answers of « ?reponses= », or null for anything else (absent, repeated, malformed, out of range). */
export function parseAnswersParam(value: unknown): DiagnosticAnswers | null {
  if (typeof value !== 'string' || value.length > 5 || !ANSWERS_PARAM.test(value)) return null;
  const [ecosystem, events, engagement] = value.split('-').map(Number);
  const parsed = diagnosticAnswersSchema.safeParse({ ecosystem, events, engagement });
  return parsed.success ? parsed.data : null;
}

/** The answers kept on an organisation (a JSON column): only three valid answers, nothing else. */
export function parsePendingAnswers(value: unknown): DiagnosticAnswers | null {
  const parsed = diagnosticAnswersSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Sign-up's optional field: the three answers, or nothing. */
export const pendingAnswersSchema = diagnosticAnswersSchema.optional();
export type PendingAnswers = z.infer<typeof pendingAnswersSchema>;
