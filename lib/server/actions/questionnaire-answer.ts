'use server';
import type { z } from 'zod';
import { submitAnswersSchema } from '@/lib/schemas/questionnaire';
import { publicAction, type PublicContext } from '@/lib/server/action';
import { submitAnswers } from '@/lib/server/questionnaires/answer';
import { consumeForm } from '@/lib/server/rate-limit';

// Public on purpose: answering needs no account; the link's token is the credential of one
// invitation. The rate limit guards the form.

async function submit({ input }: PublicContext<z.output<typeof submitAnswersSchema>>) {
  await consumeForm(`questionnaire:${input.token}`);
  return submitAnswers(input);
}

// submitAnswers claims the invitation and writes the answers under its own row lock, after the
// rate-limit count (which must survive a refused attempt): the wrapper opens no transaction.
export const submitQuestionnaireAnswersAction = publicAction(submitAnswersSchema, submit, { transaction: false });
