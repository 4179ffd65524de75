import type { CalendarDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';

/*
 * Le cycle de vie d'un événement, lu dans ses données : où il en est, et les prochaines actions
 * utiles. Règle pure : « aujourd'hui » (jour de Paris) est donné, jamais lu sur l'horloge.
 */

/** Ce que les données de l'événement prouvent, lu à la demande (rien n'est stocké). */
export type LifecycleFacts = {
  /** Un diagnostic de territoire est rattaché à l'événement (ou un niveau retenu). */
  readonly hasDiagnostic: boolean;
  readonly sessionCount: number;
  readonly speakerCount: number;
  readonly budgetLineCount: number;
  readonly published: boolean;
  readonly registrationOpen: boolean;
  readonly registrationCount: number;
  /** Premier et dernier jour de Paris de l'événement. */
  readonly firstDay: CalendarDate;
  readonly lastDay: CalendarDate;
  /** Au moins une présence (ou absence) pointée. */
  readonly attendanceRecorded: boolean;
  readonly questionnaireSent: boolean;
  readonly bilanValidated: boolean;
};

export const LIFECYCLE_STAGES = ['DIAGNOSTIQUER', 'PREPARER', 'PUBLIER', 'ACCUEILLIR', 'EVALUER', 'RENDRE_COMPTE'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const LIFECYCLE_STAGE_LABELS: Record<LifecycleStage, string> = {
  DIAGNOSTIQUER: 'Diagnostiquer',
  PREPARER: 'Préparer',
  PUBLIER: 'Publier',
  ACCUEILLIR: 'Accueillir',
  EVALUER: 'Évaluer',
  RENDRE_COMPTE: 'Rendre compte',
};

/** done : les données le prouvent ; current : l'étape en cours ; upcoming : à venir ; missed : passée sans être faite. */
export type StageStatus = 'done' | 'current' | 'upcoming' | 'missed';

export const STAGE_STATUS_LABELS: Record<StageStatus, string> = {
  done: 'fait',
  current: 'en cours',
  upcoming: 'à venir',
  missed: 'non fait',
};

export type EventTiming = 'before' | 'during' | 'after';

export function eventTiming(facts: Pick<LifecycleFacts, 'firstDay' | 'lastDay'>, today: CalendarDate): EventTiming {
  if (today < facts.firstDay) return 'before';
  if (today > facts.lastDay) return 'after';
  return 'during';
}

/** Quand chaque étape est prouvée faite. */
const STAGE_DONE: Record<LifecycleStage, (facts: LifecycleFacts, timing: EventTiming) => boolean> = {
  DIAGNOSTIQUER: (f) => f.hasDiagnostic,
  PREPARER: (f) => f.sessionCount > 0 && f.budgetLineCount > 0,
  PUBLIER: (f) => f.published,
  ACCUEILLIR: (f, timing) => timing === 'after' && f.attendanceRecorded,
  EVALUER: (f) => f.questionnaireSent,
  RENDRE_COMPTE: (f) => f.bilanValidated,
};

/** La première étape encore possible selon le moment : une fois l'événement commencé, on accueille. */
const FIRST_STAGE_AT: Record<EventTiming, LifecycleStage> = {
  before: 'DIAGNOSTIQUER',
  during: 'ACCUEILLIR',
  after: 'ACCUEILLIR',
};

export type StageView = { readonly stage: LifecycleStage; readonly label: string; readonly status: StageStatus };

export type Lifecycle = {
  readonly stages: StageView[];
  /** null quand tout est fait (bilan validé). */
  readonly current: LifecycleStage | null;
  readonly nextActions: NextAction[];
};

export function lifecycleStages(facts: LifecycleFacts, today: CalendarDate): StageView[] {
  const timing = eventTiming(facts, today);
  const done = LIFECYCLE_STAGES.map((stage) => STAGE_DONE[stage](facts, timing));
  // Une fois l'événement commencé, une étape faite clôt celles d'avant (bilan validé : l'évaluation est passée).
  const lastDone = timing === 'before' ? -1 : done.lastIndexOf(true);
  const floor = Math.max(LIFECYCLE_STAGES.indexOf(FIRST_STAGE_AT[timing]), lastDone + 1);
  const currentIndex = LIFECYCLE_STAGES.findIndex((_, index) => index >= floor && !done[index]);
  return LIFECYCLE_STAGES.map((stage, index) => {
    let status: StageStatus;
    if (done[index]) status = 'done';
    else if (index === currentIndex) status = 'current';
    else if (currentIndex === -1 || index < currentIndex) status = 'missed';
    else status = 'upcoming';
    return { stage, label: LIFECYCLE_STAGE_LABELS[stage], status };
  });
}

export type NextAction = {
  readonly key: string;
  readonly stage: LifecycleStage;
  readonly label: string;
  /** Chemin de la page où agir ; `{id}` est remplacé par l'identifiant de l'événement. */
  readonly href: string;
};

type ActionRule = Omit<NextAction, 'href'> & {
  readonly path: string;
  readonly when: (facts: LifecycleFacts, timing: EventTiming) => boolean;
};

/** Les actions utiles, dans l'ordre où on les propose ; les trois premières qui s'appliquent sont montrées. */
export const NEXT_ACTION_RULES: readonly ActionRule[] = [
  {
    key: 'diagnostic',
    stage: 'DIAGNOSTIQUER',
    label: 'Faire le diagnostic du territoire',
    path: '/diagnostic',
    when: (f, t) => t === 'before' && !f.hasDiagnostic,
  },
  {
    key: 'programme',
    stage: 'PREPARER',
    label: 'Construire le programme',
    path: '/evenements/{id}/programme',
    when: (f, t) => t === 'before' && f.sessionCount === 0,
  },
  {
    key: 'budget',
    stage: 'PREPARER',
    label: 'Chiffrer le budget',
    path: '/evenements/{id}/budget',
    when: (f, t) => t === 'before' && f.budgetLineCount === 0,
  },
  {
    key: 'publier',
    stage: 'PUBLIER',
    label: 'Publier l’événement',
    path: '/evenements/{id}/programme',
    when: (f, t) => t === 'before' && !f.published,
  },
  {
    key: 'ouvrir-inscriptions',
    stage: 'PUBLIER',
    label: 'Ouvrir les inscriptions',
    path: '/evenements/{id}/participants',
    when: (f, t) => t === 'before' && f.published && !f.registrationOpen,
  },
  {
    key: 'suivre-inscriptions',
    stage: 'PUBLIER',
    label: 'Suivre les inscriptions',
    path: '/evenements/{id}/participants',
    when: (f, t) => t === 'before' && f.published && f.registrationOpen,
  },
  {
    key: 'pointer',
    stage: 'ACCUEILLIR',
    label: 'Pointer les présences',
    path: '/evenements/{id}/pointage',
    when: (f, t) => t === 'during' || (t === 'after' && !f.attendanceRecorded),
  },
  {
    key: 'questionnaire',
    stage: 'EVALUER',
    label: 'Envoyer le questionnaire de satisfaction',
    path: '/evenements/{id}/questionnaire',
    when: (f, t) => t === 'after' && f.attendanceRecorded && !f.questionnaireSent,
  },
  {
    key: 'bilan',
    stage: 'RENDRE_COMPTE',
    label: 'Rédiger et valider le bilan',
    path: '/evenements/{id}/bilan',
    when: (f, t) => t === 'after' && !f.bilanValidated,
  },
  {
    key: 'taches',
    stage: 'PREPARER',
    label: 'Avancer le plan de tâches',
    path: '/evenements/{id}/taches',
    when: (_, t) => t === 'before',
  },
];

export const NEXT_ACTION_COUNT = 3;

export function nextActions(facts: LifecycleFacts, today: CalendarDate, eventId: string): NextAction[] {
  const timing = eventTiming(facts, today);
  return NEXT_ACTION_RULES.filter((rule) => rule.when(facts, timing))
    .slice(0, NEXT_ACTION_COUNT)
    .map(({ key, stage, label, path }) => ({ key, stage, label, href: path.replace('{id}', eventId) }));
}

export function lifecycle(facts: LifecycleFacts, today: CalendarDate, eventId: string): Lifecycle {
  const stages = lifecycleStages(facts, today);
  return {
    stages,
    current: stages.find((stage) => stage.status === 'current')?.stage ?? null,
    nextActions: nextActions(facts, today, eventId),
  };
}

/*
 * Les tâches du plan J-x que les données prouvent faites : elles se ferment d'elles-mêmes à la
 * lecture (rien n'est écrit), avec une note qui dit pourquoi.
 */
const TASK_PROOFS: Record<string, (facts: LifecycleFacts) => string | null> = {
  'programme-contenus': (f) =>
    f.sessionCount > 0 ? `Le programme compte ${plural(f.sessionCount, { one: 'séance', other: 'séances' })}.` : null,
  'inviter-intervenants': (f) =>
    f.speakerCount > 0 ? `${plural(f.speakerCount, { one: 'intervenant·e inscrit·e', other: 'intervenant·es inscrit·es' })} au programme.` : null,
  'ouvrir-inscriptions': (f) => (f.published && f.registrationOpen ? 'Les inscriptions sont ouvertes sur la page publique.' : null),
  'questionnaire-satisfaction': (f) => (f.questionnaireSent ? 'Le questionnaire de satisfaction a été envoyé.' : null),
  'bilan-partage': (f) => (f.bilanValidated ? 'Le bilan a été validé.' : null),
};

/** Pourquoi les données prouvent la tâche faite, ou null. Seules les tâches issues des modèles (avec une clé) sont concernées. */
export function taskProvenDone(key: string | null, facts: LifecycleFacts): string | null {
  if (key === null || !Object.hasOwn(TASK_PROOFS, key)) return null;
  return TASK_PROOFS[key]!(facts);
}
