/**
 * Les trois critères du diagnostic de maturité et leurs trois réponses possibles.
 * Chaque réponse vaut 1, 2 ou 3 : la valeur sert d'identifiant de la réponse.
 * Textes reformulés d'après le webinaire (voir DIAGNOSTIC_SOURCE_CREDIT).
 */
export const CRITERION_IDS = ['ecosystem', 'events', 'engagement'] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export const ANSWER_VALUES = [1, 2, 3] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** Les réponses d'un diagnostic : une valeur par critère. */
export type DiagnosticAnswers = Readonly<Record<CriterionId, AnswerValue>>;

export type CriterionAnswer<V extends AnswerValue = AnswerValue> = {
  readonly value: V;
  readonly label: string;
  readonly explanation: string;
};

export type Criterion<C extends CriterionId = CriterionId> = {
  readonly id: C;
  readonly label: string;
  readonly question: string;
  /** Indexées par valeur : la clé et `value` coïncident. */
  readonly answers: { readonly [V in AnswerValue]: CriterionAnswer<V> };
};

export const CRITERIA = {
  ecosystem: {
    id: 'ecosystem',
    label: 'Écosystème des professionnels',
    question:
      "Quelle est la solidité de l'écosystème des professionnels du numérique d'intérêt général sur votre territoire ?",
    answers: {
      1: {
        value: 1,
        label: "Peu d'échanges entre acteurs",
        explanation: 'Les acteurs du territoire communiquent encore peu les uns avec les autres.',
      },
      2: {
        value: 2,
        label: 'Des acteurs qui se connaissent',
        explanation: 'Les acteurs se connaissent, mais ne se sont pas encore organisés pour agir ensemble.',
      },
      3: {
        value: 3,
        label: 'Un écosystème organisé',
        explanation: 'Les acteurs sont bien structurés et travaillent déjà en synergie.',
      },
    },
  },
  events: {
    id: 'events',
    label: 'Événements existants',
    question: 'Des rencontres ou des événements de ce type ont-ils déjà eu lieu sur votre territoire ?',
    answers: {
      1: {
        value: 1,
        label: 'Aucune rencontre',
        explanation: "Les acteurs n'ont encore jamais été réunis lors d'une rencontre.",
      },
      2: {
        value: 2,
        label: 'Quelques rencontres',
        explanation: 'Quelques rencontres ou événements ont déjà rassemblé les acteurs.',
      },
      3: {
        value: 3,
        label: 'Plusieurs rencontres',
        explanation: 'Les acteurs ont déjà pris part à de nombreuses rencontres ou à plusieurs événements.',
      },
    },
  },
  engagement: {
    id: 'engagement',
    label: 'Engagement des décideurs',
    question: 'Les décideurs de votre territoire sont-ils engagés sur le sujet ?',
    answers: {
      1: {
        value: 1,
        label: "Pas d'engagement",
        explanation: 'Les décideurs ne se sont pas du tout emparés du sujet.',
      },
      2: {
        value: 2,
        label: 'Engagés, avec des financements',
        explanation: 'Les décideurs sont engagés et financent déjà certaines actions.',
      },
      3: {
        value: 3,
        label: 'Porteurs ou partenaires',
        explanation: 'Les décideurs portent eux-mêmes les actions et initiatives, ou en sont partenaires.',
      },
    },
  },
} as const satisfies { readonly [C in CriterionId]: Criterion<C> };

/** Les critères dans l'ordre du webinaire, pour les afficher. */
export function listCriteria(): readonly Criterion[] {
  return CRITERION_IDS.map((id) => CRITERIA[id]);
}

/** Les réponses d'un critère, de 1 à 3. */
export function listCriterionAnswers(id: CriterionId): readonly CriterionAnswer[] {
  return ANSWER_VALUES.map((value) => CRITERIA[id].answers[value]);
}

export function getCriterionAnswer(id: CriterionId, value: AnswerValue): CriterionAnswer {
  return CRITERIA[id].answers[value];
}
