import 'server-only';
import { summarise } from '@/lib/domain/questionnaire/summary';
import type { Answers, QuestionnaireSummary } from '@/lib/domain/questionnaire/types';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { readQuestions } from '@/lib/server/questionnaires/stored';

/**
 * The anonymous results of an event's questionnaire (the bilan reads them), or `null` when the
 * questionnaire was never prepared. "Invited" counts the invitations actually created by sending.
 */
export async function getQuestionnaireSummary(eventId: string): Promise<QuestionnaireSummary | null> {
  await requireEventPermission(eventId, 'event.read');
  const questionnaire = await db().questionnaire.findUnique({
    where: { eventId },
    select: {
      questions: true,
      _count: { select: { invitations: true } },
      responses: { select: { answers: true, verbatim: true, verbatimConsent: true, verbatimSelected: true }, orderBy: [{ submittedOn: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!questionnaire) return null;
  const sessions = await db().session.findMany({
    where: { eventId },
    select: { id: true, title: true },
    orderBy: [{ startsAt: 'asc' }, { title: 'asc' }],
  });
  const responses = questionnaire.responses.map((r) => ({
    answers: (r.answers ?? {}) as Answers,
    verbatim: r.verbatim,
    verbatimConsent: r.verbatimConsent,
  }));
  const selectedVerbatims = questionnaire.responses
    .filter((r) => r.verbatimSelected && r.verbatimConsent && r.verbatim)
    .map((r) => r.verbatim as string);
  return summarise(readQuestions(questionnaire.questions), responses, {
    invited: questionnaire._count.invitations,
    sessions,
    selectedVerbatims,
  });
}
