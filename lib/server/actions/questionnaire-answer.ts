'use server';
import type { z } from 'zod';
import { submitAnswersSchema } from '@/lib/schemas/questionnaire';
import { action } from '@/lib/server/action';
import { submitAnswers } from '@/lib/server/questionnaires/answer';
import { consumeForm } from '@/lib/server/rate-limit';

// Public on purpose: answering needs no account; the link's token is the credential of one
// invitation. The rate limit guards the form.

const submit = action(submitAnswersSchema, async (input) => {
  await consumeForm(`questionnaire:${input.token}`);
  return submitAnswers(input);
});

export async function submitQuestionnaireAnswersAction(input: z.input<typeof submitAnswersSchema>) {
  return submit(input);
}
