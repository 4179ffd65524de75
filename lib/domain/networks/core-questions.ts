import type { Question } from '@/lib/domain/questionnaire/types';

/*
 * Le socle commun d'un réseau : des questions qu'il ajoute, verrouillées, aux questionnaires des
 * événements de son cycle. Règles :
 * - deux types seulement, « note de 1 à 5 » et « choix » : le réseau n'en voit que des comptes
 *   cumulés ; une réponse libre pourrait désigner une personne et ne traverse pas les structures ;
 * - dans le questionnaire d'un membre, une question commune porte l'identifiant `core-<id>` : le
 *   membre ne peut ni la modifier ni la retirer, ses propres questions restent libres ;
 * - une question commune est figée dès qu'un questionnaire qui la contient est envoyé.
 */

export const CORE_QUESTION_KINDS = ['scale', 'choice'] as const;
export type CoreQuestionKind = (typeof CORE_QUESTION_KINDS)[number];

export const CORE_QUESTION_KIND_LABELS: Record<CoreQuestionKind, string> = {
  scale: 'Note de 1 à 5',
  choice: 'Choix parmi des réponses',
};

export const CORE_QUESTION_MARK = 'Question commune du réseau — non modifiable';

/** Au plus, pour un réseau (le questionnaire d'un événement en compte 30 au plus). */
export const MAX_CORE_QUESTIONS = 10;

export type CoreQuestionData = {
  readonly id: string;
  readonly kind: CoreQuestionKind;
  readonly label: string;
  readonly options: readonly string[];
  readonly required: boolean;
  readonly position: number;
};

const PREFIX = 'core-';

export function coreQuestionId(coreId: string): string {
  return `${PREFIX}${coreId}`;
}

export function isCoreQuestionId(questionId: string): boolean {
  return questionId.startsWith(PREFIX);
}

/** The core question's own id, `null` for a member's question. */
export function coreIdOf(questionId: string): string | null {
  return isCoreQuestionId(questionId) ? questionId.slice(PREFIX.length) : null;
}

export function toQuestion(core: CoreQuestionData): Question {
  const base = { id: coreQuestionId(core.id), label: core.label, required: core.required };
  return core.kind === 'choice' ? { ...base, kind: 'choice', options: [...core.options] } : { ...base, kind: 'scale' };
}

/**
 * Les questions d'un membre suivies du socle commun, dans l'ordre du réseau. Toute question commune
 * déjà présente (ancienne version, ou envoyée par le formulaire du membre) est remplacée : le membre
 * ne peut pas la changer ; un socle vide retire les questions communes (événement sorti du cycle).
 */
export function withCoreQuestions(questions: readonly Question[], core: readonly CoreQuestionData[]): Question[] {
  const own = questions.filter((question) => !isCoreQuestionId(question.id));
  const ordered = [...core].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return [...own, ...ordered.map(toQuestion)];
}
