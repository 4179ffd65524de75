/*
 * Les règles de cohérence d'un programme et leur gravité, en données.
 * - block : la publication est refusée tant que le conflit demeure — le programme publié
 *   serait faux ou impossible à tenir (une salle, une personne à deux endroits, une jauge
 *   que la salle ne peut pas accueillir, une session hors des horaires de l'événement).
 * - warn : affiché à côté de la session et dans le résumé, sans empêcher de publier — la
 *   jauge d'un format ou la recommandation par niveau sont des conseils du webinaire
 *   (« signalé, pas interdit »), et empiéter sur une pause peut être voulu.
 * Changer une gravité, c'est changer une ligne (et la ligne de test correspondante).
 */
export const CONFLICT_SEVERITIES = ['block', 'warn'] as const;
export type ConflictSeverity = (typeof CONFLICT_SEVERITIES)[number];

export const CONFLICT_RULES = {
  'invalid-time-range': {
    severity: 'block',
    label: 'Horaires incohérents',
    reason: 'Une séance qui finit avant de commencer ne peut pas être placée dans le programme.',
  },
  'outside-event-days': {
    severity: 'block',
    label: "En dehors des journées de l'événement",
    reason: "Le public ne peut pas assister à une séance programmée quand l'événement n'a pas lieu.",
  },
  'room-double-booked': {
    severity: 'block',
    label: 'Salle occupée deux fois',
    reason: 'Deux séances ne peuvent pas se tenir en même temps dans la même salle.',
  },
  'speaker-double-booked': {
    severity: 'block',
    label: 'Intervenant·e à deux endroits',
    reason: 'Une personne ne peut pas intervenir dans deux séances en même temps.',
  },
  'room-capacity-exceeded': {
    severity: 'block',
    label: 'Jauge au-dessus de la salle',
    reason: 'On ne peut pas accueillir plus de personnes que la salle ne compte de places.',
  },
  'audience-above-format-limit': {
    severity: 'warn',
    label: 'Public au-dessus de la jauge du format',
    reason: 'Au-delà de la jauge conseillée par le webinaire, le format perd son intérêt (interaction, participation).',
  },
  'audience-below-format-minimum': {
    severity: 'warn',
    label: 'Public sous le minimum du format',
    reason: 'En deçà du public conseillé par le webinaire, le format ne trouve pas son public.',
  },
  'format-not-recommended': {
    severity: 'warn',
    label: 'Format non recommandé à ce niveau',
    reason: "Le webinaire recommande d'autres formats à ce niveau de maturité : c'est signalé, pas interdit.",
  },
  'overlaps-all-rooms-break': {
    severity: 'warn',
    label: 'Pendant un temps commun',
    reason: 'Une séance pendant une pause ou une plénière commune prive le public de l’une des deux — parfois voulu.',
  },
} as const satisfies Record<string, { severity: ConflictSeverity; label: string; reason: string }>;

export type ConflictRule = keyof typeof CONFLICT_RULES;

/** Ordre d'affichage : celui de la table, les conflits bloquants d'abord. */
export const CONFLICT_RULE_ORDER = Object.keys(CONFLICT_RULES) as ConflictRule[];

export type ProgrammeConflict = {
  readonly rule: ConflictRule;
  readonly severity: ConflictSeverity;
  /** Les sessions concernées, dans l'ordre chronologique. */
  readonly sessionIds: readonly string[];
  /** Message à montrer, en français. */
  readonly message: string;
  readonly roomId?: string;
  readonly speakerId?: string;
};

export function severityOf(rule: ConflictRule): ConflictSeverity {
  return CONFLICT_RULES[rule].severity;
}
