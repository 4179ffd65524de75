import { OUTSIDE_SCALE_MAX, OUTSIDE_SCALE_MIN, type OutsideQuote, type OutsideScore } from '@/lib/domain/bilan/outside-results';
import { QUOTE_MAX_LENGTH } from '@/lib/domain/bilan/outside-import';
import { textField, z } from '@/lib/schemas/zod';

/*
 * Results gathered outside Trame, typed on the bilan page. The form keeps strings (« 4,3 »); the
 * action reads numbers. Quotes are one per line, « texte — auteur » (the author is optional), and
 * are kept only when the coordinator confirms their authors consented.
 */

const eventId = z.uuid({ error: 'Événement inconnu.' });
export const OUTSIDE_MAX_SCORES = 20;
export const OUTSIDE_MAX_QUOTES = 50;
export const OUTSIDE_MAX_RESPONSES = 100_000;
export const SOURCE_LABEL_MAX = 80;

const wholeNumber = (message: string) => textField({ error: message }).trim().regex(/^\d{1,6}$/, { error: message });
const averageText = textField({ error: 'Indiquez une moyenne.' })
  .trim()
  .regex(/^\d(?:[.,]\d{1,2})?$/, { error: `Moyenne de ${OUTSIDE_SCALE_MIN} à ${OUTSIDE_SCALE_MAX}, deux décimales au plus (ex. 4,3).` })
  .refine((text) => {
    const value = Number(text.replace(',', '.'));
    return value >= OUTSIDE_SCALE_MIN && value <= OUTSIDE_SCALE_MAX;
  }, { error: `Moyenne de ${OUTSIDE_SCALE_MIN} à ${OUTSIDE_SCALE_MAX} (ex. 4,3).` });

export const outsideScoreFormSchema = z.object({
  /** A Trame questionnaire question id, or '' for a question of the outside source only. */
  questionId: textField().max(80),
  label: textField({ error: 'Indiquez la question.' }).trim().min(1, { error: 'Indiquez la question.' }).max(200, { error: '200 caractères au plus.' }),
  answers: wholeNumber('Indiquez le nombre de réponses à cette question.'),
  average: averageText,
});

export const outsideResultFormSchema = z
  .object({
    eventId,
    /** The source being edited; '' for a new one. */
    resultId: z.union([z.uuid({ error: 'Source inconnue.' }), z.literal('')]),
    sourceLabel: textField({ error: 'Indiquez la source.' })
      .trim()
      .min(1, { error: 'Dites d’où viennent ces résultats (ex. questionnaire papier).' })
      .max(SOURCE_LABEL_MAX, { error: `${SOURCE_LABEL_MAX} caractères au plus.` }),
    responseCount: wholeNumber('Indiquez le nombre de réponses recueillies (un nombre entier).'),
    scores: z.array(outsideScoreFormSchema).max(OUTSIDE_MAX_SCORES, { error: `${OUTSIDE_MAX_SCORES} questions au plus.` }),
    quotes: textField().max(OUTSIDE_MAX_QUOTES * (QUOTE_MAX_LENGTH + 130), { error: 'Trop de texte.' }),
    quotesConsented: z.boolean(),
  })
  .superRefine((form, ctx) => {
    const responses = Number(form.responseCount || 0);
    form.scores.forEach((score, index) => {
      if (/^\d+$/.test(score.answers) && Number(score.answers) > responses) {
        ctx.addIssue({ code: 'custom', path: ['scores', index, 'answers'], message: 'Plus de réponses à cette question que de réponses recueillies.' });
      }
    });
    const quotes = parseQuotes(form.quotes);
    if (quotes.length > OUTSIDE_MAX_QUOTES) ctx.addIssue({ code: 'custom', path: ['quotes'], message: `${OUTSIDE_MAX_QUOTES} citations au plus.` });
    if (quotes.some((quote) => quote.text.length > QUOTE_MAX_LENGTH)) {
      ctx.addIssue({ code: 'custom', path: ['quotes'], message: `Chaque citation fait ${QUOTE_MAX_LENGTH} caractères au plus.` });
    }
    if (quotes.length > 0 && !form.quotesConsented) {
      ctx.addIssue({ code: 'custom', path: ['quotesConsented'], message: 'Une citation n’est reprise qu’avec l’accord de son auteur·rice : confirmez-le, ou retirez les citations.' });
    }
  });
export type OutsideResultFormInput = z.input<typeof outsideResultFormSchema>;

/** « Très utile — Awa » → { text: 'Très utile', author: 'Awa' }; one quote per line. */
export function parseQuotes(text: string): OutsideQuote[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const match = /^(.*\S)\s+[—–]\s+(\S.{0,119})$/.exec(line);
      return match ? { text: match[1]!, author: match[2]!.trim() } : { text: line, author: null };
    });
}

export function formatQuotes(quotes: readonly OutsideQuote[]): string {
  return quotes.map((quote) => (quote.author ? `${quote.text} — ${quote.author}` : quote.text)).join('\n');
}

export const saveOutsideResultSchema = outsideResultFormSchema.transform((form) => ({
  eventId: form.eventId,
  resultId: form.resultId === '' ? null : form.resultId,
  sourceLabel: form.sourceLabel,
  responseCount: Number(form.responseCount),
  scores: form.scores.map(
    (score): OutsideScore => ({
      questionId: score.questionId === '' ? null : score.questionId,
      label: score.label,
      answers: Number(score.answers),
      average: Number(score.average.replace(',', '.')),
    }),
  ),
  quotes: parseQuotes(form.quotes),
}));

export const deleteOutsideResultSchema = z.object({ eventId, resultId: z.uuid({ error: 'Source inconnue.' }) });

/** What the database holds in OutsideResult.scores / .quotes, checked on the way out. */
export const storedScoresSchema = z.array(
  z.object({ questionId: z.string().nullable(), label: z.string(), answers: z.number().int().min(0), average: z.number().min(OUTSIDE_SCALE_MIN).max(OUTSIDE_SCALE_MAX) }),
);
export const storedQuotesSchema = z.array(z.object({ text: z.string(), author: z.string().nullable() }));

export const OUTSIDE_IMPORT_SOURCE_DEFAULT = 'questionnaire papier';
export const outsideImportFormSchema = z.object({
  sourceLabel: z
    .string({ error: 'Indiquez la source.' })
    .trim()
    .min(1, { error: 'Dites d’où viennent ces réponses (ex. questionnaire papier).' })
    .max(SOURCE_LABEL_MAX, { error: `${SOURCE_LABEL_MAX} caractères au plus.` }),
});
