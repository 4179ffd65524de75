import { SCALE_MAX, SCALE_MIN, type AnswerValue, type Answers, type Question } from '@/lib/domain/questionnaire/types';

export const TEXT_MAX_LENGTH = 2000;

/** What the answer form sends: ratings may arrive as text ("4"), unanswered questions as '' or null. */
export type RawAnswerSet = {
  readonly answers: Readonly<Record<string, unknown>>;
  readonly verbatim?: string | null;
  readonly verbatimConsent?: boolean;
};

export type ValidAnswerSet = { answers: Answers; verbatim: string | null; verbatimConsent: boolean };

/** Errors by form path: a question id, or `<questionId>.<sessionId>` for one session rating. */
export type AnswerErrors = Record<string, string>;

const REQUIRED = 'Merci de répondre à cette question.';
const RATING = 'Choisissez une note de 1 à 5.';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function toRating(value: unknown): number | null {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= SCALE_MIN && number <= SCALE_MAX ? number : null;
}

function toText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function checkSessions(question: Question, value: unknown, sessionIds: readonly string[], errors: AnswerErrors): AnswerValue | undefined {
  const given = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const ratings: Record<string, number> = {};
  for (const [sessionId, rating] of Object.entries(given)) {
    if (isBlank(rating)) continue;
    // Only the person's own sessions may be rated: anything else is a forged form.
    if (!sessionIds.includes(sessionId)) errors[`${question.id}.${sessionId}`] = 'Ce temps ne fait pas partie de votre participation.';
    else if (toRating(rating) === null) errors[`${question.id}.${sessionId}`] = RATING;
    else ratings[sessionId] = toRating(rating) as number;
  }
  if (question.required) {
    for (const sessionId of sessionIds) if (!(sessionId in ratings) && !errors[`${question.id}.${sessionId}`]) errors[`${question.id}.${sessionId}`] = REQUIRED;
  }
  return Object.keys(ratings).length > 0 ? ratings : undefined;
}

function checkOne(question: Question, value: unknown, errors: AnswerErrors): AnswerValue | undefined {
  if (isBlank(value)) {
    if (question.required) errors[question.id] = REQUIRED;
    return undefined;
  }
  switch (question.kind) {
    case 'scale': {
      const rating = toRating(value);
      if (rating === null) errors[question.id] = RATING;
      return rating ?? undefined;
    }
    case 'choice': {
      if (typeof value !== 'string' || !question.options.includes(value)) errors[question.id] = 'Choisissez une des réponses proposées.';
      return typeof value === 'string' && question.options.includes(value) ? value : undefined;
    }
    default: {
      const text = toText(value);
      if (text === null) errors[question.id] = 'Écrivez votre réponse.';
      else if (text.length > TEXT_MAX_LENGTH) errors[question.id] = `Votre réponse dépasse ${TEXT_MAX_LENGTH} caractères.`;
      return text ?? undefined;
    }
  }
}

/**
 * Checks one person's answers against the questionnaire: required questions answered, ratings 1-5,
 * a choice among the options, session ratings only for `sessionIds` (the sessions this person
 * attended). Answers to unknown questions are dropped; the verbatim is kept apart from the answers.
 */
export function validateAnswers(
  questions: readonly Question[],
  raw: RawAnswerSet,
  sessionIds: readonly string[],
): { ok: true; value: ValidAnswerSet } | { ok: false; errors: AnswerErrors } {
  const errors: AnswerErrors = {};
  const answers: Record<string, AnswerValue> = {};
  let verbatim: string | null = null;
  for (const question of questions) {
    if (question.kind === 'verbatim') {
      const checked = checkOne(question, raw.verbatim ?? raw.answers[question.id], errors);
      verbatim = typeof checked === 'string' ? checked : null;
      continue;
    }
    const value = question.kind === 'session-scale'
      ? checkSessions(question, raw.answers[question.id], sessionIds, errors)
      : checkOne(question, raw.answers[question.id], errors);
    if (value !== undefined) answers[question.id] = value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Consent without a quote means nothing: it is only kept alongside a verbatim.
  return { ok: true, value: { answers, verbatim, verbatimConsent: verbatim !== null && raw.verbatimConsent === true } };
}
