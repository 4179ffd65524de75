import { textField, z } from '@/lib/schemas/zod';

/*
 * The texts of a bilan. The forms keep plain strings (a textarea per list, one item per line; a
 * text field per staff figure); the actions read the transformed values: trimmed texts or null,
 * lists without blank lines, whole numbers or null.
 */

export const LIST_MAX_ITEMS = 30;
export const LIST_ITEM_MAX = 300;

const eventId = z.uuid({ error: 'Événement inconnu.' });
/** The Bilan row's version the edit started from; 0 when nothing was saved yet. */
const version = z.number({ error: 'Version inconnue.' }).int().min(0);

const longText = (max: number) => textField({ error: 'Texte attendu.' }).trim().max(max, { error: `${max} caractères au plus.` });

const listText = textField({ error: 'Texte attendu.' })
  .superRefine((text, ctx) => {
    const items = splitLines(text);
    if (items.length > LIST_MAX_ITEMS) ctx.addIssue({ code: 'custom', message: `${LIST_MAX_ITEMS} éléments au plus (un par ligne).` });
    if (items.some((item) => item.length > LIST_ITEM_MAX)) ctx.addIssue({ code: 'custom', message: `Chaque ligne fait ${LIST_ITEM_MAX} caractères au plus.` });
  });

const wholeNumber = textField({ error: 'Indiquez un nombre.' })
  .trim()
  .regex(/^\d{0,5}$/, { error: 'Indiquez un nombre entier positif, ou laissez vide.' });

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const orNull = (text: string) => (text === '' ? null : text);
const numberOrNull = (text: string) => (text === '' ? null : Number(text));

export const evaluationFrameFormSchema = z.object({
  eventId,
  version,
  why: longText(4000),
  who: longText(4000),
  how: longText(4000),
  what: longText(4000),
  review: longText(4000),
});
export type EvaluationFrameFormInput = z.input<typeof evaluationFrameFormSchema>;

export const saveEvaluationFrameSchema = evaluationFrameFormSchema.transform(({ eventId: id, version: v, ...frame }) => ({
  eventId: id,
  version: v,
  data: {
    evaluationWhy: orNull(frame.why),
    evaluationWho: orNull(frame.who),
    evaluationHow: orNull(frame.how),
    evaluationWhat: orNull(frame.what),
    evaluationReview: orNull(frame.review),
  },
}));

export const bilanTextsFormSchema = z.object({
  eventId,
  version,
  introduction: longText(8000),
  analysis: longText(8000),
  keep: listText,
  improve: listText,
  consider: listText,
  staffEventPeople: wholeNumber,
  staffEventHours: wholeNumber,
  staffPrepPeople: wholeNumber,
  staffPrepDays: wholeNumber,
  /** Empty (or absent): the half-days computed by the rule stand. */
  halfDaysOverride: wholeNumber.default(''),
  halfDaysReason: longText(500).default(''),
})
  .superRefine((texts, ctx) => {
    if (texts.halfDaysOverride !== '' && texts.halfDaysReason === '') {
      ctx.addIssue({ code: 'custom', path: ['halfDaysReason'], message: 'Dites pourquoi vous changez le nombre de demi-journées : la raison figure dans le bilan.' });
    }
  });
export type BilanTextsFormInput = z.input<typeof bilanTextsFormSchema>;

export const saveBilanTextsSchema = bilanTextsFormSchema.transform(({ eventId: id, version: v, ...texts }) => ({
  eventId: id,
  version: v,
  data: {
    introduction: orNull(texts.introduction),
    analysis: orNull(texts.analysis),
    keep: splitLines(texts.keep),
    improve: splitLines(texts.improve),
    consider: splitLines(texts.consider),
    staffEventPeople: numberOrNull(texts.staffEventPeople),
    staffEventHours: numberOrNull(texts.staffEventHours),
    staffPrepPeople: numberOrNull(texts.staffPrepPeople),
    staffPrepDays: numberOrNull(texts.staffPrepDays),
    halfDaysOverride: numberOrNull(texts.halfDaysOverride),
    halfDaysReason: texts.halfDaysOverride === '' ? null : orNull(texts.halfDaysReason),
  },
}));

/** Before the event's end, only with `confirmEarly` (see lib/domain/lifecycle/timing). */
export const validateBilanSchema = z.object({ eventId, confirmEarly: z.boolean().optional() });
