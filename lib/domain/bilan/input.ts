import type { BudgetLine } from '@/lib/domain/budget/line';
import type { DeclaredGender, SpeakerScope } from '@/lib/domain/programme/labels';
import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';
import type { OutsideSource } from './outside-results';
import type { AttendanceFact, RegistrationFact } from '@/lib/domain/registrations/facts';
import type { BilanEvaluationFrame, BilanOrganiser } from './types';

/*
 * What computeBilan reads: plain data loaded by lib/server/bilan/load.ts. No personal data enters
 * here (no names or e-mails of participants), only facts to count.
 */

export type BilanEventInput = {
  readonly id: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly mode: 'PRESENTIEL' | 'DISTANCIEL' | 'HYBRIDE';
  readonly venueName: string | null;
  readonly venueAddress: string | null;
  readonly territoryName: string | null;
  readonly themes: readonly string[];
  readonly level: number | null;
  readonly objective: string | null;
  readonly participantMin: number | null;
  readonly participantMax: number | null;
};

export type BilanDayInput = { readonly date: string; readonly startsAt: Date; readonly endsAt: Date };

export type BilanSessionInput = {
  readonly id: string;
  readonly title: string;
  readonly formatId: string | null;
  readonly customFormat: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** The programme day it belongs to; null → the Paris date of its start. */
  readonly dayDate: string | null;
  readonly room: string | null;
  readonly speakerIds: readonly string[];
  readonly cancelled: boolean;
  readonly cancelReason: string | null;
  /** null: the default of its format (lib/domain/programme/content-flag.ts). */
  readonly countsAsContent: boolean | null;
};

export type BilanSpeakerInput = {
  readonly id: string;
  readonly name: string;
  readonly scope: SpeakerScope;
  readonly gender: DeclaredGender | null;
};

export type BilanRegistrationInput = Pick<RegistrationFact, 'id' | 'audienceCategory' | 'status' | 'isSpeaker' | 'isWalkIn' | 'days'>;

export type BilanTextsInput = {
  readonly introduction: string | null;
  readonly analysis: string | null;
  readonly keep: readonly string[];
  readonly improve: readonly string[];
  readonly consider: readonly string[];
  readonly evaluation: BilanEvaluationFrame;
  readonly staffEventPeople: number | null;
  readonly staffEventHours: number | null;
  readonly staffPrepPeople: number | null;
  readonly staffPrepDays: number | null;
  /** The coordinator's half-day figure and why; null: the computed one stands. */
  readonly halfDaysOverride: number | null;
  readonly halfDaysReason: string | null;
};

export type BilanInput = {
  readonly event: BilanEventInput;
  readonly organisers: readonly BilanOrganiser[];
  readonly days: readonly BilanDayInput[];
  readonly sessions: readonly BilanSessionInput[];
  readonly speakers: readonly BilanSpeakerInput[];
  readonly registrations: readonly BilanRegistrationInput[];
  readonly attendance: readonly AttendanceFact[];
  /** Target audiences of the event with their size in the territory (EventAudience). */
  readonly audiences: ReadonlyArray<{ readonly category: string; readonly territoryTotal: number | null }>;
  readonly budgetLines: readonly BudgetLine[];
  /** null when nothing was written on the bilan page yet. */
  readonly texts: BilanTextsInput | null;
  readonly questionnaire: QuestionnaireSummary | null;
  /** Results gathered outside Trame (paper questionnaire, external form…), typed or imported. */
  readonly outsideResults?: readonly OutsideSource[];
  readonly now: Date;
};

export const EMPTY_EVALUATION: BilanEvaluationFrame = { why: null, who: null, how: null, what: null, review: null };
