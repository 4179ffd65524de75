import { textField, z } from '@/lib/schemas/zod';
import { boundedIsoDate } from '@/lib/domain/dates/date-bounds';
import { CATALOGUE_FORMAT_IDS } from '@/lib/domain/formats/format-ids';
import { DECLARED_GENDERS, SPEAKER_SCOPES } from '@/lib/domain/programme/labels';
import { PROPOSAL_DECISIONS } from '@/lib/domain/speakers/call';

// Speakers' personal links and the call for proposals: one schema per input, shared by the forms
// (react-hook-form) and the actions. Optional texts stay strings ('' = empty).

export const SPEAKER_BIO_MAX = 800;
export const PROPOSAL_ABSTRACT_MAX = 2000;
export const PROPOSAL_MAX_SPEAKERS = 5;
export const DECISION_MESSAGE_MAX = 2000;

const eventId = z.uuid({ error: 'Événement inconnu.' });
const speakerId = z.uuid({ error: 'Intervenant·e inconnu·e.' });
const proposalId = z.uuid({ error: 'Proposition inconnue.' });
const token = textField().min(20).max(200);

const LINE_BREAK = /[\r\n]/;
/** One line of text (a name, a title): a line break could forge an e-mail header or a fake paragraph. */
const line = (max: number, missing: string | null, tooLong: string) => {
  const base = textField({ error: missing ?? tooLong }).trim();
  const sized = missing ? base.min(1, { error: missing }) : base;
  return sized.max(max, { error: tooLong }).refine((value) => !LINE_BREAK.test(value), { error: 'Écrivez ce texte sur une seule ligne.' });
};
const paragraph = (max: number, tooLong: string) => textField().trim().max(max, { error: tooLong });
const email = textField({ error: 'Indiquez une adresse e-mail.' })
  .trim()
  .min(1, { error: 'Indiquez une adresse e-mail.' })
  .max(254, { error: 'Cette adresse e-mail est trop longue (254 caractères au plus).' })
  .pipe(z.email({ error: 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).' }))
  .transform((value) => value.toLowerCase());

// Speaker links (organisers) --------------------------------------------------------------------------

export const speakerLinkSchema = z.object({ eventId, speakerId });
export type SpeakerLinkInput = z.infer<typeof speakerLinkSchema>;

// The speaker's own page ------------------------------------------------------------------------------

export const speakerDetailsFields = z.object({
  name: line(160, 'Indiquez votre nom.', 'Le nom est trop long (160 caractères au plus).'),
  organisation: line(160, null, 'Le nom de la structure est trop long (160 caractères au plus).'),
  bio: paragraph(SPEAKER_BIO_MAX, `La présentation est trop longue (${SPEAKER_BIO_MAX} caractères au plus).`),
  gender: z.union([z.literal(''), z.enum(DECLARED_GENDERS)], { error: 'Choisissez une réponse de la liste.' }),
  scope: z.enum(SPEAKER_SCOPES, { error: 'Dites si vous venez du territoire ou d’ailleurs.' }),
});
export const confirmSpeakerSchema = speakerDetailsFields.extend({ token });
export type ConfirmSpeakerInput = z.input<typeof confirmSpeakerSchema>;

// Call for proposals ----------------------------------------------------------------------------------

export const callSettingsSchema = z
  .object({
    eventId,
    callOpen: z.boolean(),
    callClosesOn: z.union([z.literal(''), boundedIsoDate('Indiquez la date limite (jj/mm/aaaa).')]),
  })
  .superRefine((input, ctx) => {
    if (input.callOpen && input.callClosesOn === '') {
      ctx.addIssue({ code: 'custom', path: ['callClosesOn'], message: 'Indiquez jusqu’à quand les propositions sont reçues.' });
    }
  });
export type CallSettingsInput = z.input<typeof callSettingsSchema>;

export const proposalSpeakerSchema = z.object({
  name: line(160, 'Indiquez le nom de la personne.', 'Le nom est trop long (160 caractères au plus).'),
  email,
  organisation: line(160, null, 'Le nom de la structure est trop long (160 caractères au plus).'),
});

export const submitProposalSchema = z.object({
  eventId,
  title: line(200, 'Donnez un titre à votre proposition.', 'Le titre est trop long (200 caractères au plus).'),
  formatId: z.enum(CATALOGUE_FORMAT_IDS, { error: 'Choisissez un format de la liste.' }),
  abstract: textField({ error: 'Présentez votre proposition en quelques lignes.' })
    .trim()
    .min(1, { error: 'Présentez votre proposition en quelques lignes.' })
    .max(PROPOSAL_ABSTRACT_MAX, { error: `Le résumé est trop long (${PROPOSAL_ABSTRACT_MAX} caractères au plus).` }),
  speakers: z
    .array(proposalSpeakerSchema)
    .min(1, { error: 'Indiquez au moins une personne qui interviendra.' })
    .max(PROPOSAL_MAX_SPEAKERS, { error: `${PROPOSAL_MAX_SPEAKERS} personnes au plus.` }),
  constraints: paragraph(1000, 'Ce texte est trop long (1 000 caractères au plus).'),
  // Honeypot: hidden from people, filled in by robots.
  website: textField().max(500).default(''),
});
export type SubmitProposalInput = z.input<typeof submitProposalSchema>;

export const decideProposalSchema = z.object({
  eventId,
  proposalId,
  decision: z.enum(PROPOSAL_DECISIONS, { error: 'Choisissez une décision.' }),
  message: paragraph(DECISION_MESSAGE_MAX, `Le message est trop long (${DECISION_MESSAGE_MAX} caractères au plus).`),
});
export type DecideProposalInput = z.input<typeof decideProposalSchema>;
