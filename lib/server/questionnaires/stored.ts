import 'server-only';
import { storedQuestionsSchema } from '@/lib/schemas/questionnaire';
import type { Question } from '@/lib/domain/questionnaire/types';
import { defaultQuestions } from '@/lib/domain/questionnaire/defaults';

/** Questionnaire.questions is JSON: read it through its schema (the defaults if it were ever corrupt). */
export function readQuestions(json: unknown): Question[] {
  const parsed = storedQuestionsSchema.safeParse(json);
  return parsed.success ? parsed.data : defaultQuestions();
}
