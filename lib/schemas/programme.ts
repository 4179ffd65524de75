import { textField, z } from '@/lib/schemas/zod';
import { CONTENT_CHOICES } from '@/lib/domain/programme/content-flag';
import { boundedIsoDate } from '@/lib/domain/dates/date-bounds';
import { FORMAT_IDS } from '@/lib/domain/formats/format-ids';
import { DECLARED_GENDERS, OTHER_FORMAT, SESSION_ACCESS_MODES, SPEAKER_SCOPES } from '@/lib/domain/programme/labels';

// Inputs of the programme builder, shared by its forms (react-hook-form) and its server actions.
// Optional texts stay strings ('' = empty) so that the form's parsed values parse again on the server.

const eventId = z.uuid({ error: 'Événement inconnu.' });
const dayId = z.uuid({ error: 'Choisissez la journée.' });
const roomId = z.uuid({ error: 'Salle inconnue.' });
const speakerId = z.uuid({ error: 'Intervenant·e inconnu·e.' });
const sessionId = z.uuid({ error: 'Séance inconnue.' });

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (message: string) => textField({ error: message }).regex(HH_MM, { error: message });
const text = (max: number, label: string) => textField().trim().max(max, { error: `${label} : ${max} caractères au plus.` });
const required = (max: number, message: string) =>
  textField({ error: message }).trim().min(1, { error: message }).max(max, { error: `${max} caractères au plus.` });
/** A head count: a positive whole number, or null when it is not set. */
const headCount = z
  .number({ error: 'Indiquez un nombre entier de places.' })
  .int({ error: 'Indiquez un nombre entier de places.' })
  .min(1, { error: 'Au moins 1 place.' })
  .max(100_000, { error: '100 000 places au plus.' })
  .nullable();

function endAfterStart(input: { startTime: string; endTime: string }, ctx: z.RefinementCtx) {
  // HH:MM strings compare in time order.
  if (input.endTime <= input.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'L’heure de fin doit suivre l’heure de début.' });
  }
}

// Days --------------------------------------------------------------------------------------------

const dayFields = z.object({
  eventId,
  date: boundedIsoDate('Indiquez la date de la journée (jj/mm/aaaa).'),
  startTime: time('Indiquez l’heure d’ouverture (hh:mm).'),
  endTime: time('Indiquez l’heure de fermeture (hh:mm).'),
});
export const createDaySchema = dayFields.superRefine(endAfterStart);
export const updateDaySchema = dayFields.extend({ dayId }).superRefine(endAfterStart);
export const deleteDaySchema = z.object({ eventId, dayId });
export type CreateDayInput = z.input<typeof createDaySchema>;

// Rooms -------------------------------------------------------------------------------------------

export const createRoomSchema = z.object({
  eventId,
  name: required(120, 'Donnez un nom à la salle.'),
  capacity: headCount,
  equipment: text(500, 'Équipement'),
});
export const updateRoomSchema = createRoomSchema.extend({ roomId });
export const deleteRoomSchema = z.object({ eventId, roomId });
export type CreateRoomInput = z.input<typeof createRoomSchema>;

// Speakers ----------------------------------------------------------------------------------------

export const createSpeakerSchema = z.object({
  eventId,
  name: required(160, 'Indiquez le nom de la personne.'),
  role: text(160, 'Fonction'),
  organisation: text(160, 'Structure'),
  scope: z.enum(SPEAKER_SCOPES, { error: 'Choisissez local ou national.' }),
  gender: z.union([z.literal(''), z.enum(DECLARED_GENDERS)], { error: 'Choisissez une réponse de la liste.' }),
  email: z.union([z.literal(''), z.email({ error: 'Cette adresse e-mail n’est pas valide.' }).max(254)]),
  phone: text(40, 'Téléphone'),
});
export const updateSpeakerSchema = createSpeakerSchema.extend({ speakerId });
export const deleteSpeakerSchema = z.object({ eventId, speakerId });
export type CreateSpeakerInput = z.input<typeof createSpeakerSchema>;

// Sessions ----------------------------------------------------------------------------------------

const sessionFields = z.object({
  eventId,
  title: required(200, 'Donnez un titre à la séance.'),
  formatChoice: z.union([z.enum(FORMAT_IDS), z.literal(OTHER_FORMAT)], {
    error: 'Choisissez un format, ou « Autre » pour en nommer un.',
  }),
  customFormat: text(80, 'Nom du format'),
  description: text(4000, 'Description'),
  dayId,
  startTime: time('Indiquez l’heure de début (hh:mm).'),
  endTime: time('Indiquez l’heure de fin (hh:mm).'),
  roomId: z.union([z.literal(''), roomId]),
  capacity: headCount,
  access: z.enum(SESSION_ACCESS_MODES, { error: 'Choisissez un mode d’accès.' }),
  allRooms: z.boolean(),
  /** Counts in the bilan's content figures: as its format says, or the coordinator's choice. */
  contentChoice: z.enum(CONTENT_CHOICES, { error: 'Choisissez si la séance compte comme contenu.' }).default('format'),
  speakerIds: z.array(speakerId).max(50),
  hostIds: z.array(speakerId).max(50),
});

function sessionRules(input: z.output<typeof sessionFields>, ctx: z.RefinementCtx) {
  endAfterStart(input, ctx);
  if (input.formatChoice === OTHER_FORMAT && input.customFormat === '') {
    ctx.addIssue({ code: 'custom', path: ['customFormat'], message: 'Nommez ce format (par exemple « Forum ouvert »).' });
  }
  if (input.speakerIds.some((id) => input.hostIds.includes(id))) {
    ctx.addIssue({
      code: 'custom',
      path: ['hostIds'],
      message: 'Une même personne ne peut pas à la fois intervenir et co-animer la séance : choisissez l’un des deux.',
    });
  }
}

export const createSessionSchema = sessionFields.superRefine(sessionRules);
/** `version` is the one the form was opened with: a stale edit is refused (optimistic concurrency). */
export const updateSessionSchema = sessionFields
  .extend({ sessionId, version: z.number().int().min(1) })
  .superRefine(sessionRules);
export type SessionFormInput = z.input<typeof createSessionSchema>;

export const cancelSessionSchema = z.object({
  eventId,
  sessionId,
  reason: required(500, 'Indiquez la raison de l’annulation : elle reste affichée avec la séance.'),
});
export const sessionRefSchema = z.object({ eventId, sessionId });

// Publication -------------------------------------------------------------------------------------

export const eventStatusSchema = z.object({ eventId });
/** « Publier sur OpenAgenda » (lib/server/openagenda): the event only, its public data is what is sent. */
export const openAgendaPushSchema = z.object({ eventId });
export type SessionFormValues = z.output<typeof createSessionSchema>;
