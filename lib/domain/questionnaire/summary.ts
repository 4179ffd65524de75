import { percentOf } from '@/lib/domain/registrations/percent';
import {
  SCALE_MAX,
  SCALE_MIN,
  type AnswerValue,
  type Answers,
  type Question,
  type QuestionSummary,
  type QuestionnaireSummary,
} from '@/lib/domain/questionnaire/types';

export type SummaryResponse = {
  readonly answers: Answers;
  readonly verbatim: string | null;
  readonly verbatimConsent: boolean;
};

export type SummaryContext = {
  /** People the questionnaire was sent to. */
  readonly invited: number;
  /** Session titles by id, in programme order: session ratings are listed in this order. */
  readonly sessions: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly selectedVerbatims: readonly string[];
};

/** Average to one decimal, `null` without values (never NaN). Integer maths: 4.25 → 4.3. */
export function averageOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.floor((sum * 20 + values.length) / (2 * values.length)) / 10;
}

function isRating(value: AnswerValue | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}

function ratingsOf(question: Question, responses: readonly SummaryResponse[]): number[] {
  return responses.map((r) => r.answers[question.id]).filter(isRating);
}

function summariseQuestion(question: Question, responses: readonly SummaryResponse[], context: SummaryContext): QuestionSummary {
  const { id, label } = question;
  switch (question.kind) {
    case 'scale': {
      const ratings = ratingsOf(question, responses);
      const distribution = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => ratings.filter((r) => r === SCALE_MIN + i).length);
      return { id, kind: 'scale', label, answers: ratings.length, average: averageOf(ratings), distribution };
    }
    case 'session-scale': {
      const sessions = context.sessions.map((session) => {
        const ratings: number[] = [];
        for (const response of responses) {
          const value = response.answers[id];
          if (typeof value === 'object' && isRating(value[session.id])) ratings.push(value[session.id] as number);
        }
        return { sessionId: session.id, title: session.title, answers: ratings.length, average: averageOf(ratings) };
      });
      // Only sessions someone rated: breaks and unattended sessions would be empty rows.
      return { id, kind: 'session-scale', label, sessions: sessions.filter((s) => s.answers > 0) };
    }
    case 'choice': {
      const chosen = responses.map((r) => r.answers[id]).filter((v): v is string => typeof v === 'string' && question.options.includes(v));
      const options = question.options.map((option) => {
        const count = chosen.filter((v) => v === option).length;
        return { label: option, count, percent: percentOf(count, chosen.length) };
      });
      return { id, kind: 'choice', label, answers: chosen.length, options };
    }
    case 'text': {
      const texts = responses.map((r) => r.answers[id]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
      return { id, kind: 'text', label, texts: texts.map((t) => t.trim()) };
    }
    case 'verbatim': {
      const given = responses.filter((r) => r.verbatim !== null && r.verbatim.trim() !== '');
      return { id, kind: 'verbatim', label, answers: given.length, consented: given.filter((r) => r.verbatimConsent).length };
    }
  }
}

/** Anonymous results of a questionnaire: figures per question, response rate and selected quotes. */
export function summarise(
  questions: readonly Question[],
  responses: readonly SummaryResponse[],
  context: SummaryContext,
): QuestionnaireSummary {
  const summaries = questions.map((q) => summariseQuestion(q, responses, context));
  const overall = summaries.find((s) => s.id === 'overall' && s.kind === 'scale');
  return {
    invited: context.invited,
    responses: responses.length,
    // More answers than invitations cannot happen through the token; the rate is still capped by percentOf's maths.
    responseRate: percentOf(responses.length, context.invited),
    overallSatisfaction: overall?.kind === 'scale' ? overall.average : null,
    questions: summaries,
    selectedVerbatims: context.selectedVerbatims,
  };
}
