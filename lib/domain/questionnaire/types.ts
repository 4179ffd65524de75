import type { CalendarDate } from '@/lib/domain/dates';

/*
 * A satisfaction questionnaire is data: an ordered list of questions, edited per event. The kinds
 * are few on purpose — each has one way to be answered, summarised and charted.
 */

export const QUESTION_KINDS = ['scale', 'session-scale', 'choice', 'text', 'verbatim'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** 1 (pas du tout satisfait·e) … 5 (très satisfait·e). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

type QuestionBase = {
  /** Stable within a questionnaire ('overall', 'content', … for default ones). */
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
};

export type Question =
  | (QuestionBase & { readonly kind: 'scale' })
  /** One 1-5 rating per session the person attended (or registered to). */
  | (QuestionBase & { readonly kind: 'session-scale' })
  | (QuestionBase & { readonly kind: 'choice'; readonly options: readonly string[] })
  | (QuestionBase & { readonly kind: 'text' })
  /** A quote the organisers may use in the bilan, with the person's consent (one per questionnaire). */
  | (QuestionBase & { readonly kind: 'verbatim' });

/** Stored answers of one response, by question id. Verbatims are stored apart (response.verbatim). */
export type AnswerValue = number | string | Readonly<Record<string, number>>;
export type Answers = Readonly<Record<string, AnswerValue>>;

export type QuestionnaireSchedule = {
  readonly sendOn: CalendarDate;
  readonly reminderOn: CalendarDate | null;
  readonly closesOn: CalendarDate | null;
};

export type QuestionSummary =
  | {
      readonly id: string;
      readonly kind: 'scale';
      readonly label: string;
      readonly answers: number;
      /** Average to one decimal; `null` without answers. */
      readonly average: number | null;
      /** Count per rating, index 0 = rating 1. */
      readonly distribution: readonly number[];
    }
  | {
      readonly id: string;
      readonly kind: 'session-scale';
      readonly label: string;
      readonly sessions: ReadonlyArray<{ readonly sessionId: string; readonly title: string; readonly answers: number; readonly average: number | null }>;
    }
  | {
      readonly id: string;
      readonly kind: 'choice';
      readonly label: string;
      readonly answers: number;
      readonly options: ReadonlyArray<{ readonly label: string; readonly count: number; readonly percent: number | null }>;
    }
  | { readonly id: string; readonly kind: 'text'; readonly label: string; readonly texts: readonly string[] }
  | { readonly id: string; readonly kind: 'verbatim'; readonly label: string; readonly answers: number; readonly consented: number };

export type QuestionnaireSummary = {
  /** People the questionnaire was sent to (present participants). */
  readonly invited: number;
  readonly responses: number;
  /** responses / invited in %, one decimal (percentOf); `null` when nobody was invited. */
  readonly responseRate: number | null;
  /** Average of the 'overall' satisfaction question, one decimal, for comparisons across events. */
  readonly overallSatisfaction: number | null;
  readonly questions: readonly QuestionSummary[];
  /** Verbatims chosen by the organisers among those quoted with consent. */
  readonly selectedVerbatims: readonly string[];
};
