import { z, textField } from '@/lib/schemas/zod';
import { calendarDateSchema } from '@/lib/schemas/calendar-date';
import { hasLineBreak, PLACEHOLDERS, unknownPlaceholders } from '@/lib/domain/messages/placeholders';
import { REMINDER_DAYS_BEFORE, REMINDER_PLACEHOLDERS } from '@/lib/domain/messages/reminders';
import { SEGMENT_KINDS, SEGMENT_PARAMETER, type Segment } from '@/lib/domain/messages/segments';

/** 50 kB of text at most (UTF-8 bytes, as sent). */
export const MAX_MESSAGE_BYTES = 50_000;
const byteLength = (text: string) => new TextEncoder().encode(text).length;

const unknownMessage = (found: string[]) =>
  `Champ inconnu : ${found.join(', ')}. Utilisez seulement les champs proposés sous le message.`;

/** Who receives the message, flat for the form: the session or the day only when the kind needs one. */
const segmentFields = {
  eventId: z.uuid({ error: 'Événement inconnu.' }),
  segment: z.enum(SEGMENT_KINDS, { error: 'Choisissez à qui écrire.' }),
  sessionId: z.string().optional(),
  day: z.string().optional(),
};

function checkSegment(value: { segment: (typeof SEGMENT_KINDS)[number]; sessionId?: string; day?: string }, ctx: z.RefinementCtx) {
  const parameter = SEGMENT_PARAMETER[value.segment];
  if (parameter === 'session' && !z.uuid().safeParse(value.sessionId).success) {
    ctx.addIssue({ code: 'custom', path: ['sessionId'], message: 'Choisissez une séance.' });
  }
  if (parameter === 'day' && !calendarDateSchema.safeParse(value.day).success) {
    ctx.addIssue({ code: 'custom', path: ['day'], message: 'Choisissez une journée.' });
  }
}

export const segmentSchema = z.object(segmentFields).superRefine(checkSegment);

export const groupMessageSchema = z
  .object({
    ...segmentFields,
    subject: textField({ error: 'Indiquez un objet.' })
      .trim()
      .min(1, { error: 'Indiquez un objet.' })
      .max(200, { error: 'L’objet tient en 200 caractères au plus.' })
      .refine((subject) => !hasLineBreak(subject), { error: 'L’objet tient sur une seule ligne.' }),
    body: textField({ error: 'Écrivez le message.' })
      .trim()
      .min(1, { error: 'Écrivez le message.' })
      .refine((body) => byteLength(body) <= MAX_MESSAGE_BYTES, { error: 'Le message dépasse 50 ko : raccourcissez-le.' }),
  })
  .superRefine((value, ctx) => {
    checkSegment(value, ctx);
    for (const field of ['subject', 'body'] as const) {
      const found = unknownPlaceholders(value[field]);
      if (found.length > 0) ctx.addIssue({ code: 'custom', path: [field], message: unknownMessage(found) });
    }
  });

export type GroupMessageInput = z.output<typeof groupMessageSchema>;
export type GroupMessageFormValues = z.input<typeof groupMessageSchema>;

/** The segment the flat form fields name (after validation). */
export function segmentOf(input: { segment: (typeof SEGMENT_KINDS)[number]; sessionId?: string; day?: string }): Segment {
  const parameter = SEGMENT_PARAMETER[input.segment];
  if (parameter === 'session') return { kind: 'session', sessionId: input.sessionId ?? '' };
  if (parameter === 'day') return { kind: input.segment as 'day' | 'present' | 'absent', day: input.day ?? '' };
  return { kind: input.segment as 'confirmed' | 'waiting' | 'speakers' | 'coorganisers' };
}

export const unsubscribeSchema = z.object({ token: z.string().min(10).max(200) });

const reminderPlaceholders = new Set<string>([...PLACEHOLDERS, ...REMINDER_PLACEHOLDERS].map((placeholder) => placeholder.key));

const reminderSchema = z
  .object({
    daysBefore: z.coerce
      .number({ error: 'Indiquez un nombre de jours.' })
      .int({ error: 'Indiquez un nombre entier de jours.' })
      .min(REMINDER_DAYS_BEFORE.min, { error: `Au moins ${REMINDER_DAYS_BEFORE.min} jour avant.` })
      .max(REMINDER_DAYS_BEFORE.max, { error: `Au plus ${REMINDER_DAYS_BEFORE.max} jours avant.` }),
    enabled: z.boolean(),
    subject: textField({ error: 'Indiquez un objet.' })
      .trim()
      .min(1, { error: 'Indiquez un objet.' })
      .max(200, { error: 'L’objet tient en 200 caractères au plus.' })
      .refine((subject) => !hasLineBreak(subject), { error: 'L’objet tient sur une seule ligne.' }),
    body: textField({ error: 'Écrivez le message.' })
      .trim()
      .min(1, { error: 'Écrivez le message.' })
      .refine((body) => byteLength(body) <= MAX_MESSAGE_BYTES, { error: 'Le message dépasse 50 ko : raccourcissez-le.' }),
  })
  .superRefine((value, ctx) => {
    for (const field of ['subject', 'body'] as const) {
      const found = unknownPlaceholders(value[field], reminderPlaceholders);
      if (found.length > 0) ctx.addIssue({ code: 'custom', path: [field], message: unknownMessage(found) });
    }
  });

export const remindersSchema = z
  .object({
    eventId: z.uuid({ error: 'Événement inconnu.' }),
    reminders: z.array(reminderSchema).max(4, { error: 'Quatre rappels au plus.' }),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<number>();
    value.reminders.forEach((reminder, index) => {
      if (seen.has(reminder.daysBefore)) {
        ctx.addIssue({ code: 'custom', path: ['reminders', index, 'daysBefore'], message: 'Deux rappels ne peuvent pas tomber le même jour.' });
      }
      seen.add(reminder.daysBefore);
    });
  });
export type RemindersFormValues = z.input<typeof remindersSchema>;
