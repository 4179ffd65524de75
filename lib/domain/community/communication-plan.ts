import { textField, z } from '@/lib/schemas/zod';

import type { CalendarDate } from '@/lib/domain/dates';

import { dueDate, formatOffset, MIN_OFFSET_DAYS, type DueDateOptions, type EventDays } from './due-dates';

/** Mailings par défaut du vademecum RéZolutions numériques : J-30, puis J-15, puis J-7. Modifiables. */
export const DEFAULT_MAILING_OFFSETS = [-30, -15, -7] as const;

export const CHANNELS = [
  'NEWSLETTER',
  'RESEAUX_SOCIAUX',
  'PRESSE',
  'AFFICHES_FLYERS',
  'PHONING',
  'PARTENAIRES_RELAIS',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  NEWSLETTER: 'Newsletter et mailings',
  RESEAUX_SOCIAUX: 'Réseaux sociaux',
  PRESSE: 'Presse',
  AFFICHES_FLYERS: 'Affiches et flyers',
  PHONING: 'Phoning',
  PARTENAIRES_RELAIS: 'Partenaires relais',
};

export const COMMUNICATION_ACTION_STATUSES = ['TODO', 'DONE', 'CANCELLED'] as const;
export type CommunicationActionStatus = (typeof COMMUNICATION_ACTION_STATUSES)[number];

export const COMMUNICATION_ACTION_STATUS_LABELS: Record<CommunicationActionStatus, string> = {
  TODO: 'À faire',
  DONE: 'Fait',
  CANCELLED: 'Annulé',
};

/** Les mailings se programment avant l'événement : de J-120 à J-1, sans doublon. */
export const mailingOffsetsSchema = z
  .array(
    z
      .number({ error: 'Indiquez un nombre de jours.' })
      .int({ error: 'Indiquez un nombre entier de jours.' })
      .min(MIN_OFFSET_DAYS, { error: `Un mailing se programme entre J${MIN_OFFSET_DAYS} et J-1.` })
      .max(-1, { error: `Un mailing se programme entre J${MIN_OFFSET_DAYS} et J-1.` }),
  )
  .refine((offsets) => new Set(offsets).size === offsets.length, { error: 'Deux mailings ont la même échéance.' });

export type PlannedMailing = {
  readonly offsetDays: number;
  readonly title: string;
  readonly channel: Channel;
  readonly date: CalendarDate;
  readonly status: CommunicationActionStatus;
};

/** Les mailings à créer, du plus ancien au plus proche de l'événement, datés comme les tâches. */
export function planMailings(
  event: EventDays,
  offsets: readonly number[] = DEFAULT_MAILING_OFFSETS,
  options?: DueDateOptions,
): PlannedMailing[] {
  return [...offsets]
    .sort((a, b) => a - b)
    .map((offsetDays) => ({
      offsetDays,
      title: `Mailing ${formatOffset(offsetDays)}`,
      channel: 'NEWSLETTER',
      date: dueDate(offsetDays, event.firstDay, event.lastDay, options),
      status: 'TODO',
    }));
}

/**
 * Un hashtag s'écrit « #MotSansEspace » : on ajoute le « # » s'il manque et on retire les
 * espaces autour. Lettres (accents compris), chiffres et « _ » seulement.
 */
export const hashtagSchema = textField({ error: 'Indiquez un hashtag.' })
  .trim()
  .transform((value) => (value.startsWith('#') ? value : `#${value}`))
  .refine((value) => /^#[\p{L}\p{N}_]{1,60}$/u.test(value), {
    error: 'Un hashtag ne contient que des lettres, des chiffres ou « _ », sans espace (ex. #ReZoNum).',
  });
