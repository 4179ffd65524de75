import { textField, z } from '@/lib/schemas/zod';
import { boundedIsoDate } from '@/lib/domain/dates/date-bounds';
import { MATURITY_LEVELS } from '@/lib/domain/diagnostic/maturity-level';
import { EVENT_MODES, isRemote } from '@/lib/domain/events/mode';
import { DEFAULT_OPENING_HOURS, MAX_EVENT_DAYS } from '@/lib/domain/events/event-days';
import type { EventTemplate } from '@/lib/domain/events/templates';
import { AUDIENCE_CATEGORIES } from '@/lib/domain/registrations/audience-categories';
import { territoryChoiceSchema } from '@/lib/schemas/diagnostic';
import { formatCount } from '@/lib/domain/format/french';
import { isValidSiret, normaliseSiret } from '@/lib/domain/organisations/siret';

// The event record (issue 4), shared by the create, edit and duplicate forms and their actions.

export const EVENT_TITLE_MAX_LENGTH = 160;
export { DEFAULT_OPENING_HOURS, MAX_EVENT_DAYS } from '@/lib/domain/events/event-days';


/** The vademecum's ideal venue (RéZolutions numériques, 2021), as the checklist's boxes. */
export const VENUE_CRITERIA = [
  { key: 'venueNearStation', label: 'Proche d’une gare' },
  { key: 'venueAccessible', label: 'Accessible aux personnes à mobilité réduite (PMR)' },
  { key: 'venueHasPlenary', label: 'Une salle pour les temps en plénière' },
  { key: 'venueHasBreakouts', label: 'Des salles pour les ateliers en sous-groupes' },
  { key: 'venueHasProjection', label: 'Équipé pour projeter des images' },
  { key: 'venueHasSound', label: 'Équipé pour diffuser du son' },
] as const;
export type VenueCriterion = (typeof VENUE_CRITERIA)[number]['key'];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const HASHTAG = /^#?[\p{L}\p{N}_]+$/u;
/** A phone number as people write it: digits, spaces, dots, dashes, brackets, a leading +; 8 to 15 digits. */
const PHONE = /^(?=(?:\D*\d){8,15}\D*$)\+?[\d .()-]+$/;

export function isWebUrl(value: string, protocols: readonly string[] = ['https:']): boolean {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Free text, trimmed; the server stores an empty one as null. */
const optionalText = (max: number, what: string) =>
  textField().trim().max(max, { error: `${what} est trop long (${max} caractères au plus).` });

/** A whole number typed in a form: the form sends null for an empty input, NaN for garbage. */
const optionalCount = (max: number) =>
  z
    .number({ error: 'Indiquez un nombre entier.' })
    .int({ error: 'Indiquez un nombre entier.' })
    .min(0, { error: 'Indiquez un nombre positif.' })
    .max(max, { error: `Indiquez un nombre inférieur à ${formatCount(max)}.` })
    .nullable();

/** "a, b, A" → ["a", "b"]: a list typed as text, without blanks or repeats (case-insensitive). */
export function splitList(value: string, separator: RegExp): string[] {
  const items = value.split(separator).map((item) => item.trim()).filter(Boolean);
  return items.filter((item, i) => items.findIndex((other) => other.toLowerCase() === item.toLowerCase()) === i);
}
export const THEME_SEPARATOR = /[,;\n]/;
export const NAME_SEPARATOR = /\n/;

// No transforms in this schema: the form sends what the resolver parsed and the action parses it
// again, so parsing must be idempotent. Normalising (lists, empty → null) happens in the action.
const textList = (separator: RegExp, itemMax: number, countMax: number, what: string) =>
  textField()
    .max(4000, { error: `${what} : texte trop long.` })
    .superRefine((value, ctx) => {
      const items = splitList(value, separator);
      if (items.some((item) => item.length > itemMax)) ctx.addIssue({ code: 'custom', message: `${what} : ${itemMax} caractères au plus chacun.` });
      if (items.length > countMax) ctx.addIssue({ code: 'custom', message: `${what} : ${countMax} au plus.` });
    });

/** "ReZoNum" or "#ReZoNum" → "#ReZoNum"; empty → null. */
export function normaliseHashtag(tag: string): string | null {
  const trimmed = tag.trim();
  if (trimmed === '') return null;
  return trimmed.startsWith('#') ? trimmed : `#${trimmed}`;
}

const time = textField({ error: 'Indiquez une heure.' }).regex(TIME, { error: 'Indiquez une heure au format hh:mm.' });

export const eventDaySchema = z
  .object({ opensAt: time, closesAt: time })
  .refine((day) => day.closesAt > day.opensAt, { path: ['closesAt'], error: 'La fermeture doit suivre l’ouverture.' });

const audienceSchema = z.object({
  category: z.enum(AUDIENCE_CATEGORIES, { error: 'Public inconnu.' }),
  territoryTotal: optionalCount(10_000_000),
});

const partnerSchema = z.object({
  name: textField().trim().min(1, { error: 'Indiquez le nom du partenaire.' }).max(120, { error: 'Nom trop long (120 caractères au plus).' }),
  url: textField()
    .trim()
    .max(500, { error: 'Adresse trop longue.' })
    .refine((url) => url === '' || isWebUrl(url, ['https:', 'http:']), { error: 'Indiquez une adresse web complète (https://…).' }),
});

/**
 * A co-organiser that is not an organisation of Trame (issue 15.13): its name, and its SIRET when
 * known (checked like an organisation's). `id` is the stored row's, '' for a new one: a renamed
 * partner keeps its budget lines.
 */
const outsideCoOrganiserSchema = z.object({
  id: z.union([z.uuid({ error: 'Co-organisateur inconnu.' }), z.literal('')]),
  name: textField()
    .trim()
    .min(2, { error: 'Indiquez le nom de la structure (2 caractères au moins).' })
    .max(160, { error: 'Le nom de la structure est trop long (160 caractères au plus).' }),
  siret: textField()
    .trim()
    .refine((value) => value === '' || /^\d{14}$/.test(normaliseSiret(value)), { error: 'Le SIRET compte 14 chiffres (ou laissez vide).', abort: true })
    .refine((value) => value === '' || isValidSiret(normaliseSiret(value)), { error: 'Ce SIRET n’existe pas : vérifiez-le sur l’avis de situation INSEE.' }),
});
export type OutsideCoOrganiserFormValues = z.input<typeof outsideCoOrganiserSchema>;
export const MAX_OUTSIDE_CO_ORGANISERS = 20;

const recordFields = z.object({
  title: textField({ error: 'Donnez un titre à l’événement.' })
    .trim()
    .min(1, { error: 'Donnez un titre à l’événement.' })
    .max(EVENT_TITLE_MAX_LENGTH, { error: `Le titre est trop long (${EVENT_TITLE_MAX_LENGTH} caractères au plus).` }),
  territory: territoryChoiceSchema.nullish(),
  firstDay: boundedIsoDate('Indiquez la date du premier jour.'),
  days: z
    .array(eventDaySchema)
    .min(1, { error: 'Un événement dure au moins une journée.' })
    .max(MAX_EVENT_DAYS, { error: `Un événement dure ${MAX_EVENT_DAYS} jours au plus.` }),
  mode: z.enum(EVENT_MODES, { error: 'Choisissez le mode de l’événement.' }),
  visioUrl: textField().trim().max(500, { error: 'Lien trop long (500 caractères au plus).' }),
  level: z.literal(MATURITY_LEVELS, { error: 'Choisissez un niveau de 1 à 3.' }).nullable(),
  objective: optionalText(1000, 'L’objectif'),
  coOrganiserIds: z.array(z.uuid({ error: 'Structure inconnue.' })).max(20, { error: '20 co-organisateurs au plus.' }),
  coOrganiserNames: textList(NAME_SEPARATOR, 200, 20, 'Co-organisateurs'),
  // Absent from older callers (a form saved before this field existed): none.
  outsideCoOrganisers: z
    .array(outsideCoOrganiserSchema)
    .max(MAX_OUTSIDE_CO_ORGANISERS, { error: `${MAX_OUTSIDE_CO_ORGANISERS} co-organisateurs hors Trame au plus.` })
    .refine((list) => new Set(list.map((o) => o.name.trim().toLocaleLowerCase('fr-FR'))).size === list.length, {
      error: 'Chaque structure hors Trame n’est nommée qu’une fois.',
    })
    .default([]),
  venueName: optionalText(200, 'Le nom du lieu'),
  venueAddress: optionalText(300, 'L’adresse'),
  venueNotes: optionalText(2000, 'Le commentaire sur le lieu'),
  venueNearStation: z.boolean(),
  venueAccessible: z.boolean(),
  venueHasPlenary: z.boolean(),
  venueHasBreakouts: z.boolean(),
  venueHasProjection: z.boolean(),
  venueHasSound: z.boolean(),
  participantMin: optionalCount(100_000),
  participantMax: optionalCount(100_000),
  themes: textList(THEME_SEPARATOR, 60, 12, 'Thèmes'),
  hashtag: textField()
    .trim()
    .max(60, { error: 'Hashtag trop long (60 caractères au plus).' })
    .refine((tag) => tag === '' || HASHTAG.test(tag), { error: 'Un hashtag s’écrit d’un seul mot, sans espace : #ReZoNum.' }),
  audiences: z
    .array(audienceSchema)
    .max(AUDIENCE_CATEGORIES.length)
    .refine((list) => new Set(list.map((a) => a.category)).size === list.length, { error: 'Chaque public ne compte qu’une fois.' }),
  partners: z.array(partnerSchema).max(20, { error: '20 partenaires au plus.' }),
  description: optionalText(5000, 'La description'),
  // Shown on the public page: a shared address or the hub's line, never asked for by default.
  // Absent from older callers: none.
  publicContactEmail: textField()
    .trim()
    .max(254, { error: 'Cette adresse e-mail est trop longue (254 caractères au plus).' })
    .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'Cette adresse e-mail n’est pas valide (exemple : contact@hub.fr).' })
    .default(''),
  publicContactPhone: textField()
    .trim()
    .max(30, { error: 'Ce numéro est trop long (30 caractères au plus).' })
    .refine((value) => value === '' || PHONE.test(value), { error: 'Écrivez un numéro de téléphone, par exemple 04 91 00 00 00 ou +33 4 91 00 00 00.' })
    .default(''),
});

type RecordFields = z.output<typeof recordFields>;

/** Cross-field rules, with the path of the field the message belongs beside. */
function recordRules(input: Pick<RecordFields, 'mode' | 'visioUrl' | 'participantMin' | 'participantMax'>, ctx: z.RefinementCtx) {
  // An in-person event keeps no link (the action drops it), so only a remote one checks it.
  const remote = isRemote(input.mode);
  if (remote && input.visioUrl === '') {
    ctx.addIssue({ code: 'custom', path: ['visioUrl'], message: 'Indiquez le lien de la visioconférence : l’événement se suit à distance.' });
  } else if (remote && !isWebUrl(input.visioUrl)) {
    ctx.addIssue({ code: 'custom', path: ['visioUrl'], message: 'Indiquez un lien sécurisé complet, qui commence par https://.' });
  }
  if (input.participantMin !== null && input.participantMax !== null && input.participantMin > input.participantMax) {
    ctx.addIssue({ code: 'custom', path: ['participantMax'], message: 'Le maximum doit être supérieur ou égal au minimum.' });
  }
}

export const createEventSchema = recordFields.superRefine(recordRules);
export const updateEventSchema = recordFields.extend({ eventId: z.uuid({ error: 'Événement inconnu.' }) }).superRefine(recordRules);
export const duplicateEventSchema = recordFields
  .extend({ sourceEventId: z.uuid({ error: 'Événement inconnu.' }) })
  .superRefine(recordRules);

export type EventRecordFormValues = z.input<typeof createEventSchema>;
export type EventRecordInput = z.output<typeof createEventSchema>;

/** The form of a new event before anything is chosen. */
export function blankEventFormValues(): EventRecordFormValues {
  return {
    title: '',
    territory: null,
    firstDay: '',
    days: [{ ...DEFAULT_OPENING_HOURS }],
    mode: 'PRESENTIEL',
    visioUrl: '',
    level: null,
    objective: '',
    coOrganiserIds: [],
    coOrganiserNames: '',
    outsideCoOrganisers: [],
    venueName: '',
    venueAddress: '',
    venueNotes: '',
    venueNearStation: false,
    venueAccessible: false,
    venueHasPlenary: false,
    venueHasBreakouts: false,
    venueHasProjection: false,
    venueHasSound: false,
    participantMin: null,
    participantMax: null,
    themes: '',
    hashtag: '',
    audiences: [],
    partners: [],
    description: '',
    publicContactEmail: '',
    publicContactPhone: '',
  };
}

/** A template fills in the record; the date stays to choose. */
export function templateEventFormValues(template: EventTemplate): EventRecordFormValues {
  const { defaults } = template;
  return {
    ...blankEventFormValues(),
    title: template.name,
    days: Array.from({ length: defaults.dayCount }, () => ({ opensAt: defaults.opensAt, closesAt: defaults.closesAt })),
    mode: defaults.mode,
    hashtag: defaults.hashtag,
    themes: defaults.themes.join(', '),
    audiences: defaults.audiences.map((category) => ({ category, territoryTotal: null })),
    participantMin: defaults.participantMin,
    participantMax: defaults.participantMax,
    description: defaults.description,
  };
}
