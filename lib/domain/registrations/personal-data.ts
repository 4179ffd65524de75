import { addCalendarMonths, type CalendarDate, parisDay } from '@/lib/domain/dates';

/*
 * Données personnelles des participant·es (RGPD) : effacement d'une personne, durée de
 * conservation après l'événement, adresses de remplacement. Une personne effacée garde sa
 * catégorie, son statut et ses pointages : les chiffres du bilan ne bougent pas.
 */

export const ANONYMISED_NAME = 'Participant·e anonymisé·e';

/** `.invalid` est réservé (RFC 2606) : aucun courriel ne partira jamais vers ces adresses. */
const PLACEHOLDER_DOMAIN = '@trame.invalid';

export function anonymisedEmail(registrationId: string): string {
  return `anonyme-${registrationId}${PLACEHOLDER_DOMAIN}`;
}

/** Une personne venue sur place sans donner d'adresse : l'unicité par événement tient quand même. */
export function walkInEmail(uniqueId: string): string {
  return `sur-place-${uniqueId}${PLACEHOLDER_DOMAIN}`;
}

/** Vrai pour les adresses de remplacement : on les montre comme « pas d'adresse ». */
export function isPlaceholderEmail(email: string): boolean {
  return email.endsWith(PLACEHOLDER_DOMAIN);
}

export const RETENTION_MONTHS = { min: 1, max: 120, default: 12 } as const;

/** Dernier jour où les données sont gardées : le dernier jour de l'événement plus la durée choisie. */
export function retentionLastDay(lastEventDay: CalendarDate, retentionMonths: number): CalendarDate {
  return addCalendarMonths(lastEventDay, retentionMonths);
}

/** La durée est écoulée à partir du lendemain de `retentionLastDay`, jour de Paris. */
export function isRetentionOver(lastEventDay: CalendarDate, retentionMonths: number, now: Date): boolean {
  return parisDay(now) > retentionLastDay(lastEventDay, retentionMonths);
}

const SOURCE_LABELS: Record<string, string> = {
  formulaire: 'Formulaire Trame',
  'sur-place': 'Sur place',
  organisation: 'Ajout par l’organisation',
  'import:helloasso': 'Import HelloAsso',
  'import:weezevent': 'Import Weezevent',
  'import:generique': 'Import de fichier',
};

/** D'où vient une inscription (Registration.source), en clair ; une valeur inconnue s'affiche telle quelle. */
export function registrationSourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}
