import { textField, z } from '@/lib/schemas/zod';
import { validateAnswers } from '@/lib/domain/questionnaire/answers';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';
import { scheduleErrors } from '@/lib/domain/questionnaire/schedule';
import { QUESTION_KINDS, type Question } from '@/lib/domain/questionnaire/types';
import { calendarDateSchema } from '@/lib/schemas/calendar-date';

const eventId = z.uuid({ error: 'Événement inconnu.' });
const version = z.number({ error: 'Version inconnue.' }).int().positive();

export const LABEL_MAX_LENGTH = 300;
const label = textField({ error: 'Écrivez la question.' })
  .trim()
  .min(3, { error: 'Écrivez la question (3 caractères au moins).' })
  .max(LABEL_MAX_LENGTH, { error: `La question est trop longue (${LABEL_MAX_LENGTH} caractères au plus).` });

/** The JSON stored in Questionnaire.questions. */
export const storedQuestionsSchema = z.array(
  z.discriminatedUnion('kind', [
    z.object({ id: textField(), label: textField(), required: z.boolean(), kind: z.literal('scale') }),
    z.object({ id: textField(), label: textField(), required: z.boolean(), kind: z.literal('session-scale') }),
    z.object({ id: textField(), label: textField(), required: z.boolean(), kind: z.literal('choice'), options: z.array(textField()) }),
    z.object({ id: textField(), label: textField(), required: z.boolean(), kind: z.literal('text') }),
    z.object({ id: textField(), label: textField(), required: z.boolean(), kind: z.literal('verbatim') }),
  ]),
) satisfies z.ZodType<Question[]>;

/** Kinds an organiser may add: sessions and the verbatim exist once, in the defaults. */
export const CUSTOM_KINDS = ['scale', 'choice', 'text'] as const;
export const KIND_LABELS: Record<(typeof QUESTION_KINDS)[number], string> = {
  scale: 'Note de 1 à 5',
  'session-scale': 'Note de chaque temps suivi',
  choice: 'Choix parmi des réponses',
  text: 'Réponse libre',
  verbatim: 'Citation (avec accord)',
};

const editedQuestion = z.object({
  /** '' for a question added in the form: the server gives it an id. */
  id: textField().max(40).default(''),
  kind: z.enum(QUESTION_KINDS, { error: 'Type de question inconnu.' }),
  label,
  required: z.boolean().default(false),
  /** Choice options, one per line. */
  options: textField().max(2000).default(''),
});

export function optionLines(options: string): string[] {
  return [...new Set(options.split('\n').map((o) => o.trim()).filter(Boolean))];
}

const defaultKinds = new Map(DEFAULT_QUESTIONS.map((q) => [q.id, q.kind]));

export const editQuestionsSchema = z
  .object({ eventId, version, questions: z.array(editedQuestion).max(30, { error: '30 questions au plus.' }) })
  .superRefine((input, ctx) => {
    const ids = new Set<string>();
    input.questions.forEach((q, index) => {
      if (q.id && ids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: 'Question en double.' });
      ids.add(q.id);
      const defaultKind = defaultKinds.get(q.id);
      if (defaultKind ? defaultKind !== q.kind : !(CUSTOM_KINDS as readonly string[]).includes(q.kind)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'kind'], message: 'Ce type de question ne peut pas être choisi.' });
      }
      if (q.kind === 'choice' && optionLines(q.options).length < 2) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'options'], message: 'Proposez au moins deux réponses, une par ligne.' });
      }
    });
    // The bilan reads the default questions: they can be reworded and moved, not removed.
    for (const id of defaultKinds.keys()) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'Les questions par défaut ne peuvent pas être retirées.' });
    }
  });
export type EditQuestionsInput = z.input<typeof editQuestionsSchema>;

const optionalDate = textField()
  .trim()
  .default('')
  .refine((v) => v === '' || calendarDateSchema.safeParse(v).success, { error: 'Indiquez une date valide.' })
  .transform((v) => (v === '' ? null : v));

export const editScheduleSchema = z
  .object({ eventId, version, sendOn: calendarDateSchema, reminderOn: optionalDate, closesOn: optionalDate })
  .superRefine((input, ctx) => {
    for (const [field, message] of Object.entries(scheduleErrors(input, null))) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type EditScheduleInput = z.input<typeof editScheduleSchema>;

export const questionnaireEventSchema = z.object({ eventId });

/** « Envoyer maintenant » : before the event's end, only with `confirmEarly` (see lib/domain/lifecycle/timing). */
export const sendQuestionnaireNowSchema = z.object({ eventId, confirmEarly: z.boolean().optional() });
export const selectVerbatimSchema = z.object({ eventId, responseId: z.uuid(), selected: z.boolean() });

/** What the public answer page sends; the questions decide what is valid (answerFormSchema). */
export const submitAnswersSchema = z.object({
  token: textField().min(20).max(100),
  answers: z.record(textField(), z.unknown()).default({}),
  verbatim: textField().max(4000).nullish(),
  verbatimConsent: z.boolean().default(false),
});
export type SubmitAnswersInput = z.input<typeof submitAnswersSchema>;

/** The answer form's schema for these questions and this person's sessions (browser and server alike). */
export function answerFormSchema(questions: readonly Question[], sessionIds: readonly string[]) {
  return submitAnswersSchema.superRefine((input, ctx) => {
    const checked = validateAnswers(questions, input, sessionIds);
    if (checked.ok) return;
    for (const [key, message] of Object.entries(checked.errors)) {
      const question = questions.find((q) => q.id === key);
      const path = question?.kind === 'verbatim' ? ['verbatim'] : ['answers', ...key.split('.')];
      ctx.addIssue({ code: 'custom', path, message });
    }
  });
}
