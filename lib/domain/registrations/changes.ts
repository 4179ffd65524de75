/*
 * Historique d'une inscription : qui a changé quoi, et quand. Chaque changement garde les valeurs
 * telles qu'elles s'affichaient (libellé de catégorie, titres des sessions, jours en clair), pour
 * que l'historique se lise encore si une session est renommée ou supprimée.
 */

export const REGISTRATION_CHANGE_KIND_LABELS = {
  created: 'Ajout par l’organisation',
  updated: 'Modification',
  cancelled: 'Annulation',
  reinstated: 'Inscription remise',
  promoted: 'Sortie de la liste d’attente',
  'confirmation-resent': 'Confirmation renvoyée',
} as const satisfies Record<string, string>;
export type RegistrationChangeKind = keyof typeof REGISTRATION_CHANGE_KIND_LABELS;

/** Les champs suivis, dans l'ordre d'affichage, avec leur libellé. */
export const TRACKED_FIELD_LABELS = {
  name: 'Nom',
  email: 'Adresse e-mail',
  organisation: 'Structure',
  category: 'Catégorie de public',
  isSpeaker: 'Intervenant·e',
  accessibilityNeeds: 'Besoins (accessibilité, alimentation…)',
  days: 'Jours de présence prévus',
  sessions: 'Séances',
} as const satisfies Record<string, string>;
export type TrackedField = keyof typeof TRACKED_FIELD_LABELS;

/** Une inscription telle qu'on l'affiche : chaque champ suivi en texte. */
export type ParticipantSnapshot = Record<TrackedField, string>;

export type FieldChange = { readonly field: TrackedField; readonly before: string; readonly after: string };

/** Les champs qui diffèrent entre deux états, dans l'ordre d'affichage. */
export function diffParticipant(before: ParticipantSnapshot, after: ParticipantSnapshot): FieldChange[] {
  return (Object.keys(TRACKED_FIELD_LABELS) as TrackedField[])
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** Une liste (sessions, jours) en texte stable : triée, séparée par des points-virgules. */
export function listText(items: readonly string[]): string {
  return [...items].sort((a, b) => a.localeCompare(b, 'fr')).join(' ; ');
}

/** Ce que l'historique montre d'une valeur vide. */
export function changeValueText(value: string): string {
  return value === '' ? '—' : value;
}

/** Lit la colonne JSON d'un changement ; ignore ce qui n'a pas la forme attendue. */
export function readFieldChanges(json: unknown): FieldChange[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (entry): entry is FieldChange =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.field === 'string' &&
      entry.field in TRACKED_FIELD_LABELS &&
      typeof entry.before === 'string' &&
      typeof entry.after === 'string',
  );
}
