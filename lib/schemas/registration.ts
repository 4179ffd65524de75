import { textField, z } from '@/lib/schemas/zod';
import { audienceCategorySchema } from '@/lib/domain/registrations/audience-categories';
import { attendanceDaysField } from '@/lib/schemas/registration-days';

// Public registration: one schema per input, shared by the forms (react-hook-form) and the actions.

export const MAX_SESSION_CHOICES = 30;

const email = textField({ error: 'Indiquez votre adresse e-mail.' })
  .trim()
  .min(1, { error: 'Indiquez votre adresse e-mail.' })
  .max(254, { error: 'Cette adresse e-mail est trop longue (254 caractères au plus).' })
  .pipe(z.email({ error: 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).' }))
  .transform((value) => value.toLowerCase());

const optionalText = (max: number, label: string) =>
  textField()
    .trim()
    .max(max, { error: `${label} est trop long (${max} caractères au plus).` })
    .default('');

/** What the person may also change later from their personal page. */
const participantFields = z.object({
  name: textField({ error: 'Indiquez votre nom.' })
    .trim()
    .min(1, { error: 'Indiquez votre nom.' })
    .max(120, { error: 'Le nom est trop long (120 caractères au plus).' }),
  organisation: optionalText(160, 'Le nom de la structure'),
  category: audienceCategorySchema,
  accessibilityNeeds: optionalText(1000, 'Ce texte'),
  sessionIds: z
    .array(z.uuid({ error: 'Séance inconnue.' }))
    .max(MAX_SESSION_CHOICES, { error: `Choisissez au plus ${MAX_SESSION_CHOICES} sessions.` })
    .default([])
    .transform((ids) => [...new Set(ids)]),
  // Multi-day events: the days the person will come (checked against the event on the server).
  days: attendanceDaysField,
});

export const registerSchema = participantFields.extend({
  eventId: z.uuid({ error: 'Événement inconnu.' }),
  email,
  consent: z.boolean().refine((value) => value, {
    error: 'Cochez cette case pour vous inscrire : sans elle, nous ne pouvons pas garder vos informations.',
  }),
  // Honeypot: hidden from people, filled in by robots.
  website: textField().max(500).default(''),
});
export type RegisterInput = z.infer<typeof registerSchema>;

const token = textField().min(20).max(200);

export const updateRegistrationSchema = participantFields.extend({ token });
export type UpdateRegistrationInput = z.infer<typeof updateRegistrationSchema>;

export const cancelRegistrationSchema = z.object({ token });

/*
 * The confirmation page is told the outcome through its address (no personal data, no token): it only
 * shows what the form just received, so a forged address misleads nobody but its author.
 */
const seatStatus = z.enum(['CONFIRMED', 'WAITING']);
export type ReceiptSeat = { status: z.infer<typeof seatStatus>; rank: number | null };
export type Receipt = ReceiptSeat & { sessions: Array<ReceiptSeat & { sessionId: string }> };

export function receiptSearch(receipt: Receipt): string {
  const params = new URLSearchParams({ statut: receipt.status });
  if (receipt.rank) params.set('rang', String(receipt.rank));
  for (const s of receipt.sessions) params.append('session', [s.sessionId, s.status, s.rank ?? ''].join('.'));
  return params.toString();
}

const rank = z.coerce.number().int().min(1).max(100_000);
const sessionSeat = textField().transform((value, ctx) => {
  const [sessionId = '', status = '', sessionRank = ''] = value.split('.');
  const parsed = z.object({ sessionId: z.uuid(), status: seatStatus, rank: rank.nullable() }).safeParse({
    sessionId,
    status,
    rank: sessionRank === '' ? null : sessionRank,
  });
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'Séance illisible.' });
    return z.NEVER;
  }
  return parsed.data;
});

export const receiptSchema = z
  .object({
    statut: seatStatus,
    rang: rank.optional(),
    session: z.union([sessionSeat, z.array(sessionSeat).max(MAX_SESSION_CHOICES)]).optional(),
  })
  .transform(
    (params): Receipt => ({
      status: params.statut,
      rank: params.rang ?? null,
      sessions: params.session === undefined ? [] : Array.isArray(params.session) ? params.session : [params.session],
    }),
  );
