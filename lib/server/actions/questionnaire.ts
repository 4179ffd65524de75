'use server';
import type { z } from 'zod';
import { formatDateTime } from '@/lib/domain/dates';
import { editQuestionsSchema, editScheduleSchema, questionnaireEventSchema, selectVerbatimSchema } from '@/lib/schemas/questionnaire';
import { action, revalidate } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { sendInvitations } from '@/lib/server/questionnaires/dispatch';
import { prepareQuestionnaire, saveQuestions, saveSchedule, selectVerbatim } from '@/lib/server/questionnaires/manage';

const pagePath = (eventId: string) => `/evenements/${eventId}/questionnaire`;

const prepare = action(questionnaireEventSchema, async ({ eventId }) => {
  await requireEventPermission(eventId, 'event.edit');
  const questionnaire = await prepareQuestionnaire(eventId);
  revalidate(pagePath(eventId));
  return questionnaire;
});

const editQuestions = action(editQuestionsSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  const saved = await saveQuestions(input);
  revalidate(pagePath(input.eventId));
  return saved;
});

const editSchedule = action(editScheduleSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  const saved = await saveSchedule(input);
  revalidate(pagePath(input.eventId));
  return saved;
});

/** "Envoyer maintenant": the same claim as the job, so nothing is ever sent twice. */
const sendNow = action(questionnaireEventSchema, async ({ eventId }) => {
  await requireEventPermission(eventId, 'event.edit');
  const questionnaire = await db().questionnaire.findUnique({ where: { eventId }, select: { id: true } });
  if (!questionnaire) throw notFound('Ce questionnaire');
  const invited = await sendInvitations(questionnaire.id, new Date());
  if (invited === 0) {
    const { sentAt } = await db().questionnaire.findUniqueOrThrow({ where: { id: questionnaire.id }, select: { sentAt: true } });
    if (sentAt) throw new SafeError(`Le questionnaire a déjà été envoyé le ${formatDateTime(sentAt)}.`, 'conflict');
  }
  revalidate(pagePath(eventId));
  return { invited };
});

const chooseVerbatim = action(selectVerbatimSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  await selectVerbatim(input.eventId, input.responseId, input.selected);
  revalidate(pagePath(input.eventId));
  return { selected: input.selected };
});

export async function prepareQuestionnaireAction(input: z.input<typeof questionnaireEventSchema>) {
  return prepare(input);
}
export async function editQuestionnaireQuestionsAction(input: z.input<typeof editQuestionsSchema>) {
  return editQuestions(input);
}
export async function editQuestionnaireScheduleAction(input: z.input<typeof editScheduleSchema>) {
  return editSchedule(input);
}
export async function sendQuestionnaireNowAction(input: z.input<typeof questionnaireEventSchema>) {
  return sendNow(input);
}
export async function selectVerbatimAction(input: z.input<typeof selectVerbatimSchema>) {
  return chooseVerbatim(input);
}
