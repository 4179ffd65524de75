import { z, textField } from '@/lib/schemas/zod';
import { calendarDateSchema } from '@/lib/schemas/calendar-date';
import { hasLineBreak, unknownPlaceholders } from '@/lib/domain/messages/placeholders';
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
