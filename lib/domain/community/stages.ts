/*
 * Les quatre étapes pour faire grandir une communauté d'acteurs, d'après le webinaire
 * « Comment organiser un événement dédié au numérique d'intérêt général ? »
 * (LE BOUQUET, AMI Outiller la médiation numérique). Textes reformulés.
 */
export const COMMUNITY_SOURCE_CREDIT =
  "D'après le webinaire « Comment organiser un événement dédié au numérique d'intérêt général ? » — LE BOUQUET, AMI Outiller la médiation numérique.";

export const STAGES = ['IDENTIFIER', 'MOBILISER', 'ENGAGER', 'FIDELISER'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  IDENTIFIER: 'Identifier',
  MOBILISER: 'Mobiliser',
  ENGAGER: 'Engager',
  FIDELISER: 'Fidéliser',
};

/** La question à laquelle chaque étape répond. */
export const STAGE_QUESTIONS: Record<Stage, string> = {
  IDENTIFIER: 'Qui voulons-nous réunir, et comment les joindre ?',
  MOBILISER: 'Comment donner envie aux acteurs de venir ?',
  ENGAGER: "Comment faire vivre l'événement, avant et pendant ?",
  FIDELISER: "Comment garder la communauté active après l'événement ?",
};

/** Le moment d'une tâche par rapport à l'événement. */
export const PHASES = ['AVANT', 'PENDANT', 'APRES'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  AVANT: 'Avant',
  PENDANT: 'Pendant',
  APRES: 'Après',
};

/** La phase qu'implique un décalage J±x : avant J, le jour J, après. */
export function phaseOfOffset(offsetDays: number): Phase {
  if (offsetDays < 0) return 'AVANT';
  return offsetDays === 0 ? 'PENDANT' : 'APRES';
}
