import 'server-only';
import type { BilanTextsInput } from '@/lib/domain/bilan/input';

export const BILAN_TEXTS_SELECT = {
  version: true,
  evaluationWhy: true,
  evaluationWho: true,
  evaluationHow: true,
  evaluationWhat: true,
  evaluationReview: true,
  introduction: true,
  analysis: true,
  keep: true,
  improve: true,
  consider: true,
  staffEventPeople: true,
  staffEventHours: true,
  staffPrepPeople: true,
  staffPrepDays: true,
  halfDaysOverride: true,
  halfDaysReason: true,
} as const;

export type StoredBilanTexts = {
  version: number;
  evaluationWhy: string | null;
  evaluationWho: string | null;
  evaluationHow: string | null;
  evaluationWhat: string | null;
  evaluationReview: string | null;
  introduction: string | null;
  analysis: string | null;
  keep: string[];
  improve: string[];
  consider: string[];
  staffEventPeople: number | null;
  staffEventHours: number | null;
  staffPrepPeople: number | null;
  staffPrepDays: number | null;
  halfDaysOverride: number | null;
  halfDaysReason: string | null;
};

export function toTextsInput(row: StoredBilanTexts): BilanTextsInput {
  return {
    introduction: row.introduction,
    analysis: row.analysis,
    keep: row.keep,
    improve: row.improve,
    consider: row.consider,
    evaluation: { why: row.evaluationWhy, who: row.evaluationWho, how: row.evaluationHow, what: row.evaluationWhat, review: row.evaluationReview },
    staffEventPeople: row.staffEventPeople,
    staffEventHours: row.staffEventHours,
    staffPrepPeople: row.staffPrepPeople,
    staffPrepDays: row.staffPrepDays,
    halfDaysOverride: row.halfDaysOverride,
    halfDaysReason: row.halfDaysReason,
  };
}
