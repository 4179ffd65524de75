'use server';
import { formatDateTime } from '@/lib/domain/dates';
import { editQuestionsSchema, editScheduleSchema, questionnaireEventSchema, selectVerbatimSchema, sendQuestionnaireNowSchema } from '@/lib/schemas/questionnaire';
import { eventAction } from '@/lib/server/action';
import { notFound, SafeError } from '@/lib/server/errors';
import { refuseIfEarly } from '@/lib/server/queries/lifecycle';
import { sendInvitations } from '@/lib/server/questionnaires/dispatch';
import { prepareQuestionnaire, saveQuestions, saveSchedule, selectVerbatim } from '@/lib/server/questionnaires/manage';

const pagePath = (eventId: string) => `/evenements/${eventId}/questionnaire`;

export const prepareQuestionnaireAction = eventAction(questionnaireEventSchema, 'event.edit', async ({ input: { eventId }, tx, revalidate }) => {
  revalidate(pagePath(eventId));
  return prepareQuestionnaire(tx, eventId);
});

export const editQuestionnaireQuestionsAction = eventAction(editQuestionsSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  revalidate(pagePath(input.eventId));
  return saveQuestions(tx, input);
});

export const editQuestionnaireScheduleAction = eventAction(editScheduleSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  revalidate(pagePath(input.eventId));
  return saveSchedule(tx, input);
});

/**
 * "Envoyer maintenant": the same claim as the job, so nothing is ever sent twice. Before the event's
 * end only with an explicit confirmation (lib/domain/lifecycle/timing).
 */
export const sendQuestionnaireNowAction = eventAction(
  sendQuestionnaireNowSchema,
  'event.edit',
  async ({ input: { eventId, confirmEarly }, tx, revalidate }) => {
    const questionnaire = await tx.questionnaire.findUnique({ where: { eventId }, select: { id: true } });
    if (!questionnaire) throw notFound('Ce questionnaire');
    const now = new Date();
    await refuseIfEarly(tx, eventId, 'questionnaire', confirmEarly, now);
    const invited = await sendInvitations(questionnaire.id, now);
    if (invited === 0) {
      const { sentAt } = await tx.questionnaire.findUniqueOrThrow({ where: { id: questionnaire.id }, select: { sentAt: true } });
      if (sentAt) throw new SafeError(`Le questionnaire a déjà été envoyé le ${formatDateTime(sentAt)}.`, 'conflict');
    }
    revalidate(pagePath(eventId));
    return { invited };
  },
  // sendInvitations claims and mails in its own transaction, shared with the nightly job.
  { transaction: false },
);

export const selectVerbatimAction = eventAction(selectVerbatimSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await selectVerbatim(tx, input.eventId, input.responseId, input.selected);
  revalidate(pagePath(input.eventId));
  return { selected: input.selected };
});
