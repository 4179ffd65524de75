// Libellés des choix d'un programme, en français, à un seul endroit.
export const SESSION_ACCESS_MODES = ['PRE_INSCRIPTION', 'ACCES_LIBRE', 'SUR_INVITATION'] as const;
export type SessionAccessMode = (typeof SESSION_ACCESS_MODES)[number];

export const SESSION_ACCESS_LABELS: Record<SessionAccessMode, string> = {
  PRE_INSCRIPTION: 'Sur pré-inscription',
  ACCES_LIBRE: 'Accès libre',
  SUR_INVITATION: 'Sur invitation',
};

export const SPEAKER_SCOPES = ['LOCAL', 'NATIONAL'] as const;
export type SpeakerScope = (typeof SPEAKER_SCOPES)[number];

export const SPEAKER_SCOPE_LABELS: Record<SpeakerScope, string> = {
  LOCAL: 'Local',
  NATIONAL: 'National',
};

/** Genre déclaré par la personne elle-même, facultatif : il ne sert qu'aux chiffres de parité du bilan. */
export const DECLARED_GENDERS = ['FEMME', 'HOMME', 'AUTRE'] as const;
export type DeclaredGender = (typeof DECLARED_GENDERS)[number];

export const DECLARED_GENDER_LABELS: Record<DeclaredGender, string> = {
  FEMME: 'Femme',
  HOMME: 'Homme',
  AUTRE: 'Autre',
};

export const SESSION_SPEAKER_ROLE_LABELS = {
  SPEAKER: 'Intervenant·e',
  HOST: 'Co-animation',
} as const;

/** Un format libre, nommé par l'équipe (« Autre »), hors du catalogue. */
export const OTHER_FORMAT = 'autre';
