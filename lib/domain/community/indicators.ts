import { percentOf } from '@/lib/domain/registrations/percent';
import { NO_SHOW_THRESHOLD_PERCENT, REGISTRATION_DEADLINE_OFFSET_DAYS } from '@/lib/domain/registrations/thresholds';

import type { Stage } from './stages';
import { formatPercent } from '@/lib/domain/format/french';

/*
 * Les données à surveiller à chaque étape, d'après le webinaire LE BOUQUET.
 * `computed` : Trame les calcule avec ses propres données (inscriptions, pointage, questionnaire) ;
 * `manual` : saisies par l'équipe depuis ses outils (envoi de mailings, réseaux sociaux).
 * Pour « Identifier », le webinaire donne des gestes (automatiser, nettoyer sa base, s'abonner
 * aux bons groupes) plutôt que des chiffres : pas d'indicateur.
 */
export const INDICATOR_CHANNELS = ['MAILINGS', 'RESEAUX_SOCIAUX', 'BILLETTERIE'] as const;
export type IndicatorChannel = (typeof INDICATOR_CHANNELS)[number];

export const INDICATOR_CHANNEL_LABELS: Record<IndicatorChannel, string> = {
  MAILINGS: 'Mailings',
  RESEAUX_SOCIAUX: 'Réseaux sociaux',
  BILLETTERIE: 'Billetterie',
};

export type IndicatorUnit = 'percent' | 'count';

/** `below` : la valeur doit rester strictement sous le seuil ; `atLeast` : l'atteindre. */
export type IndicatorThreshold = {
  readonly comparison: 'below' | 'atLeast';
  readonly value: number;
  /** Jour où la mesure se lit, en décalage depuis le premier jour (J-10 pour les inscriptions). */
  readonly atOffsetDays?: number;
  readonly label: string;
};

export type Indicator = {
  readonly label: string;
  readonly stage: Stage;
  readonly channel: IndicatorChannel;
  readonly unit: IndicatorUnit;
  readonly source: 'manual' | 'computed';
  readonly threshold: IndicatorThreshold | null;
};

const manual = (stage: Stage, channel: IndicatorChannel, unit: IndicatorUnit, label: string): Indicator => ({
  label,
  stage,
  channel,
  unit,
  source: 'manual',
  threshold: null,
});

export const INDICATORS = {
  'contact-base-growth': manual('MOBILISER', 'MAILINGS', 'percent', 'Croissance de la base de contacts'),
  'mobilisation-click-rate': manual('MOBILISER', 'MAILINGS', 'percent', 'Taux de clics des mailings d’invitation'),
  'bounce-rate': manual('MOBILISER', 'MAILINGS', 'percent', 'Taux de rebond (bounce) des mailings'),
  'followers-growth': manual('MOBILISER', 'RESEAUX_SOCIAUX', 'count', 'Nouveaux abonné·es'),
  'registrations-curve': {
    label: 'Inscriptions reçues à J-10',
    stage: 'MOBILISER',
    channel: 'BILLETTERIE',
    unit: 'percent',
    source: 'computed',
    threshold: {
      comparison: 'atLeast',
      value: 100,
      atOffsetDays: REGISTRATION_DEADLINE_OFFSET_DAYS,
      label: 'Toutes les inscriptions à J-10',
    },
  },
  'engagement-click-rate': manual('ENGAGER', 'MAILINGS', 'percent', 'Taux de clics des mailings aux inscrit·es'),
  shares: manual('ENGAGER', 'RESEAUX_SOCIAUX', 'count', 'Partages des publications'),
  likes: manual('ENGAGER', 'RESEAUX_SOCIAUX', 'count', 'Mentions « j’aime »'),
  comments: manual('ENGAGER', 'RESEAUX_SOCIAUX', 'count', 'Commentaires'),
  'no-show': {
    label: 'No-show (inscrit·es non venu·es)',
    stage: 'ENGAGER',
    channel: 'BILLETTERIE',
    unit: 'percent',
    source: 'computed',
    threshold: { comparison: 'below', value: NO_SHOW_THRESHOLD_PERCENT, label: `Moins de ${formatPercent(NO_SHOW_THRESHOLD_PERCENT)}` },
  },
  'satisfaction-click-rate': {
    label: 'Taux de réponse au questionnaire de satisfaction',
    stage: 'FIDELISER',
    channel: 'MAILINGS',
    unit: 'percent',
    source: 'computed',
    threshold: null,
  },
  'contacts-after-event': manual('FIDELISER', 'MAILINGS', 'count', 'Personnes qui ont pris contact après l’événement'),
  'participant-posts': manual('FIDELISER', 'RESEAUX_SOCIAUX', 'count', 'Publications des participant·es'),
  'account-subscriptions': manual('FIDELISER', 'RESEAUX_SOCIAUX', 'count', 'Abonnements aux comptes de l’organisateur'),
  're-registrations': {
    label: 'Participant·es réinscrit·es à un événement suivant',
    stage: 'FIDELISER',
    channel: 'BILLETTERIE',
    unit: 'count',
    source: 'computed',
    threshold: null,
  },
} as const satisfies Record<string, Indicator>;

export type IndicatorId = keyof typeof INDICATORS;

/** Un indicateur chiffré face à son seuil : `null` sans valeur ou sans seuil. */
export function checkThreshold(threshold: IndicatorThreshold | null, value: number | null): 'met' | 'not-met' | null {
  if (threshold === null || value === null) return null;
  const met = threshold.comparison === 'below' ? value < threshold.value : value >= threshold.value;
  return met ? 'met' : 'not-met';
}

/** Taux de réponse au questionnaire = réponses / questionnaires envoyés, au dixième ; `null` si rien n'est parti. */
export function questionnaireResponseRate({ answered, sent }: { answered: number; sent: number }): number | null {
  if (answered > sent) throw new RangeError('Plus de réponses que de questionnaires envoyés.');
  return percentOf(answered, sent);
}

/**
 * Réinscriptions : participant·es présent·es à cet événement qui se sont inscrit·es à un événement
 * ultérieur. Comparaison sur l'adresse e-mail, sans tenir compte de la casse ni des espaces.
 */
export function countReRegistrations(participantEmails: Iterable<string>, laterRegistrationEmails: Iterable<string>): number {
  const later = new Set([...laterRegistrationEmails].map(normalizeEmail));
  return new Set([...participantEmails].map(normalizeEmail).filter((email) => later.has(email))).size;
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Les indicateurs d'une étape (ou tous), dans l'ordre du webinaire. */
export function listIndicators(stage?: Stage): Array<Indicator & { readonly id: IndicatorId }> {
  return (Object.keys(INDICATORS) as IndicatorId[])
    .map((id) => ({ id, ...INDICATORS[id] }))
    .filter((indicator) => stage === undefined || indicator.stage === stage);
}
