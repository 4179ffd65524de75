import type { BilanTextsFormInput, EvaluationFrameFormInput } from '@/lib/schemas/bilan';
import type { StoredBilanTexts } from '@/lib/server/bilan/texts';

/** What the forms start from: the saved texts, or empty fields before the first save. */
export function frameDefaults(eventId: string, texts: StoredBilanTexts | null): EvaluationFrameFormInput {
  return {
    eventId,
    version: texts?.version ?? 0,
    why: texts?.evaluationWhy ?? '',
    who: texts?.evaluationWho ?? '',
    how: texts?.evaluationHow ?? '',
    what: texts?.evaluationWhat ?? '',
    review: texts?.evaluationReview ?? '',
  };
}

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function textsDefaults(eventId: string, texts: StoredBilanTexts | null): BilanTextsFormInput {
  return {
    eventId,
    version: texts?.version ?? 0,
    introduction: texts?.introduction ?? '',
    analysis: texts?.analysis ?? '',
    keep: (texts?.keep ?? []).join('\n'),
    improve: (texts?.improve ?? []).join('\n'),
    consider: (texts?.consider ?? []).join('\n'),
    staffEventPeople: numberText(texts?.staffEventPeople),
    staffEventHours: numberText(texts?.staffEventHours),
    staffPrepPeople: numberText(texts?.staffPrepPeople),
    staffPrepDays: numberText(texts?.staffPrepDays),
    halfDaysOverride: numberText(texts?.halfDaysOverride),
    halfDaysReason: texts?.halfDaysReason ?? '',
  };
}
