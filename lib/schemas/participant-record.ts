import { textField, z } from '@/lib/schemas/zod';
import { audienceCategorySchema } from '@/lib/domain/registrations/audience-categories';
import { MAX_SESSION_CHOICES } from '@/lib/schemas/registration';
import { attendanceDaysField } from '@/lib/schemas/registration-days';

// The organisers' own changes to a participant (participant page, « Ajouter un participant »):
// one schema per input, shared by the forms and the actions.

const optionalText = (max: number, label: string) =>
  textField()
    .trim()
    .max(max, { error: `${label} est trop long (${max} caractères au plus).` });

/** Facultative for the organisers: someone on a paper list may have left no address. */
const optionalEmail = textField()
  .trim()
  .max(254, { error: 'Cette adresse e-mail est trop longue (254 caractères au plus).' })
  .refine((value) => value === '' || z.email().safeParse(value).success, {
    error: 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).',
  })
  .transform((value) => value.toLowerCase());

export const participantRecordFields = z.object({
  eventId: z.uuid({ error: 'Événement inconnu.' }),
  name: textField({ error: 'Indiquez le nom de la personne.' })
    .trim()
    .min(1, { error: 'Indiquez le nom de la personne.' })
    .max(120, { error: 'Le nom est trop long (120 caractères au plus).' }),
  email: optionalEmail,
  organisation: optionalText(160, 'Le nom de la structure'),
  category: z.enum(audienceCategorySchema.options, { error: 'Choisissez la catégorie de public de la personne.' }),
  isSpeaker: z.boolean(),
  accessibilityNeeds: optionalText(1000, 'Ce texte'),
  sessionIds: z
    .array(z.uuid({ error: 'Séance inconnue.' }))
    .max(MAX_SESSION_CHOICES, { error: `Choisissez au plus ${MAX_SESSION_CHOICES} sessions.` })
    .transform((ids) => [...new Set(ids)]),
  days: attendanceDaysField,
});

export const addParticipantSchema = participantRecordFields.extend({
  // Default on the form: no e-mail when the event is over (and none is ever sent then).
  notify: z.boolean(),
  // The event is full: adding someone anyway is an explicit choice.
  overCapacity: z.boolean(),
});
export type AddParticipantInput = z.input<typeof addParticipantSchema>;

export const updateParticipantSchema = participantRecordFields.extend({ registrationId: z.uuid() });
export type UpdateParticipantInput = z.input<typeof updateParticipantSchema>;

export const cancelParticipantSchema = z.object({ eventId: z.uuid(), registrationId: z.uuid(), notify: z.boolean() });

/** One row of the participant list: resend the confirmation, put back, take off the waiting list. */
export const participantRowSchema = z.object({ eventId: z.uuid(), registrationId: z.uuid() });
export type ParticipantRowInput = z.input<typeof participantRowSchema>;
