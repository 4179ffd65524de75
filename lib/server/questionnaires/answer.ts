import 'server-only';
import { validateAnswers } from '@/lib/domain/questionnaire/answers';
import { isOpenOn } from '@/lib/domain/questionnaire/schedule';
import type { Question } from '@/lib/domain/questionnaire/types';
import { parisDay } from '@/lib/domain/dates';
import type { SubmitAnswersInput } from '@/lib/schemas/questionnaire';
import { FieldError } from '@/lib/server/action';
import { db, type Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { readQuestions } from '@/lib/server/questionnaires/stored';
import { hashToken } from '@/lib/server/tokens';

// Public on purpose: the link's token is the credential of one invitation. Nothing personal is returned.

export const ALREADY_ANSWERED = 'Vous avez déjà répondu, merci !';
export const UNKNOWN_LINK = 'Ce lien n’est pas (ou plus) valable. Si vous avez reçu une relance, utilisez le lien de ce dernier courriel.';
export const CLOSED = 'Ce questionnaire est clos : merci de votre intérêt, les réponses ne sont plus recueillies.';

export type AnswerSession = { id: string; title: string; startsAt: Date };

/** Sessions this person can rate: the ones they booked (and did not miss), else those of the days they were present. */
async function sessionsOf(tx: Tx, registrationId: string, eventId: string): Promise<AnswerSession[]> {
  const select = { id: true, title: true, startsAt: true } as const;
  const booked = await tx.session.findMany({
    where: { status: 'PLANNED', registrations: { some: { registrationId, status: 'CONFIRMED', attended: { not: false } } } },
    select,
    orderBy: [{ startsAt: 'asc' }, { title: 'asc' }],
  });
  if (booked.length > 0) return booked;
  const days = await tx.attendance.findMany({ where: { registrationId, status: 'PRESENT' }, select: { date: true } });
  const present = new Set(days.map((d) => d.date));
  const all = await tx.session.findMany({
    // Breaks and meals are not rated.
    where: { eventId, status: 'PLANNED', NOT: { formatId: { in: ['pause', 'dejeuner'] } } },
    select,
    orderBy: [{ startsAt: 'asc' }, { title: 'asc' }],
  });
  return all.filter((s) => present.has(parisDay(s.startsAt)));
}

async function invitationOf(tx: Tx, token: string) {
  return tx.questionnaireInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      answeredAt: true,
      registrationId: true,
      questionnaire: { select: { id: true, questions: true, closesOn: true, eventId: true, event: { select: { title: true, owner: { select: { name: true } } } } } },
    },
  });
}

export type AnswerPage =
  | { state: 'unknown' }
  | { state: 'answered'; eventTitle: string }
  | { state: 'closed'; eventTitle: string }
  | { state: 'open'; eventTitle: string; organiser: string; closesOn: string | null; questions: Question[]; sessions: AnswerSession[] };

export async function getAnswerPage(token: string, now = new Date()): Promise<AnswerPage> {
  return db().$transaction(async (tx) => {
    const invitation = await invitationOf(tx, token);
    if (!invitation) return { state: 'unknown' };
    const { questionnaire } = invitation;
    const eventTitle = questionnaire.event.title;
    if (invitation.answeredAt) return { state: 'answered', eventTitle };
    if (!isOpenOn(questionnaire.closesOn, parisDay(now))) return { state: 'closed', eventTitle };
    const sessions = await sessionsOf(tx, invitation.registrationId, questionnaire.eventId);
    return {
      state: 'open',
      eventTitle,
      organiser: questionnaire.event.owner.name,
      closesOn: questionnaire.closesOn,
      questions: readQuestions(questionnaire.questions),
      sessions,
    };
  });
}

/**
 * One anonymous response per link: the invitation is marked answered by a conditional update in the
 * same transaction as the response, so a double submit (even at the same instant) records one.
 */
export async function submitAnswers(input: SubmitAnswersInput & { token: string }, now = new Date()): Promise<{ answered: true }> {
  return db().$transaction(async (tx) => {
    const invitation = await invitationOf(tx, input.token);
    if (!invitation) throw new SafeError(UNKNOWN_LINK, 'not-found');
    if (invitation.answeredAt) throw new SafeError(ALREADY_ANSWERED, 'conflict');
    const today = parisDay(now);
    if (!isOpenOn(invitation.questionnaire.closesOn, today)) throw new SafeError(CLOSED, 'conflict');
    const sessions = await sessionsOf(tx, invitation.registrationId, invitation.questionnaire.eventId);
    const checked = validateAnswers(readQuestions(invitation.questionnaire.questions), { ...input, answers: input.answers ?? {} }, sessions.map((s) => s.id));
    if (!checked.ok) {
      const [key, message] = Object.entries(checked.errors)[0] ?? ['', ''];
      throw new FieldError(key === 'verbatim' ? 'verbatim' : `answers.${key}`, message);
    }
    const claim = await tx.questionnaireInvitation.updateMany({ where: { id: invitation.id, answeredAt: null }, data: { answeredAt: now } });
    if (claim.count === 0) throw new SafeError(ALREADY_ANSWERED, 'conflict');
    await tx.questionnaireResponse.create({
      data: { questionnaireId: invitation.questionnaire.id, ...checked.value, submittedOn: today },
    });
    return { answered: true as const };
  });
}
