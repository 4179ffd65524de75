import 'server-only';
import { percentOf } from '@/lib/domain/registrations/percent';
import type { Question, QuestionnaireSchedule } from '@/lib/domain/questionnaire/types';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { earlyConfirmation } from '@/lib/server/queries/lifecycle';
import { readQuestions } from '@/lib/server/questionnaires/stored';

export type QuestionnaireView = {
  id: string;
  version: number;
  questions: Question[];
  schedule: QuestionnaireSchedule;
  sentAt: Date | null;
  remindedAt: Date | null;
  invited: number;
  responses: number;
  responseRate: number | null;
};

export type QuestionnairePage = {
  questionnaire: QuestionnaireView | null;
  /** Participants present at least one day (speakers excluded): who would receive it today. */
  presentCount: number;
  canEdit: boolean;
  /** Before the event's end: the label of the box that confirms sending early (lib/domain/lifecycle/timing). */
  earlyConfirmation: string | null;
};

export async function getQuestionnairePage(eventId: string): Promise<QuestionnairePage> {
  await requireEventPermission(eventId, 'event.read');
  const canEdit = await requireEventPermission(eventId, 'event.edit').then(() => true, () => false);
  const row = await db().questionnaire.findUnique({
    where: { eventId },
    select: {
      id: true,
      version: true,
      questions: true,
      sendOn: true,
      reminderOn: true,
      closesOn: true,
      sentAt: true,
      remindedAt: true,
      _count: { select: { invitations: true, responses: true } },
    },
  });
  const presentCount = await db().registration.count({
    where: { eventId, isSpeaker: false, anonymisedAt: null, cancelledAt: null, status: { not: 'CANCELLED' }, attendances: { some: { status: 'PRESENT' } } },
  });
  const early = await earlyConfirmation(db(), eventId, 'questionnaire', new Date());
  if (!row) return { questionnaire: null, presentCount, canEdit, earlyConfirmation: early };
  const { _count, sendOn, reminderOn, closesOn, questions, ...rest } = row;
  return {
    questionnaire: {
      ...rest,
      questions: readQuestions(questions),
      schedule: { sendOn, reminderOn, closesOn },
      invited: _count.invitations,
      responses: _count.responses,
      responseRate: percentOf(_count.responses, _count.invitations),
    },
    presentCount,
    canEdit,
    earlyConfirmation: early,
  };
}

export type VerbatimView = { id: string; text: string; selected: boolean; submittedOn: string };

/** The quotes given with consent; the others are never shown, not even to the organisers. */
export async function listQuestionnaireVerbatims(eventId: string): Promise<VerbatimView[]> {
  await requireEventPermission(eventId, 'event.read');
  const rows = await db().questionnaireResponse.findMany({
    where: { questionnaire: { eventId }, verbatimConsent: true, verbatim: { not: null } },
    select: { id: true, verbatim: true, verbatimSelected: true, submittedOn: true },
    orderBy: [{ submittedOn: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({ id: r.id, text: r.verbatim ?? '', selected: r.verbatimSelected, submittedOn: r.submittedOn }));
}
