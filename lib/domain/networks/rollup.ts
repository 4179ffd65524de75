import { percentOf } from '@/lib/domain/registrations/percent';
import { SCALE_MAX, SCALE_MIN, type QuestionSummary } from '@/lib/domain/questionnaire/types';
import { coreQuestionId, type CoreQuestionData } from './core-questions';

/*
 * Les résultats du socle commun, tous événements du cycle réunis. Règles :
 * - seules des sommes traversent les structures : comptes de notes et de choix, jamais une réponse ;
 * - la moyenne d'une note est pondérée par le nombre de réponses de chaque événement : elle se calcule
 *   sur la distribution cumulée (Σ note × nombre ÷ Σ nombre), au dixième, en entiers ; un événement
 *   de 300 réponses pèse plus qu'un de 20 ;
 * - les distributions et les comptes de choix s'additionnent ; un choix que l'événement ne propose
 *   pas (question commune modifiée avant envoi) n'est pas compté ;
 * - sans réponse, la moyenne et les parts valent `null` (« non disponible »), jamais 0.
 */

export type CoreScaleResult = {
  readonly kind: 'scale';
  readonly id: string;
  readonly label: string;
  /** Événements dont au moins une réponse est comptée. */
  readonly events: number;
  readonly answers: number;
  readonly average: number | null;
  /** Index 0 = note 1. */
  readonly distribution: readonly number[];
};

export type CoreChoiceResult = {
  readonly kind: 'choice';
  readonly id: string;
  readonly label: string;
  readonly events: number;
  readonly answers: number;
  readonly options: ReadonlyArray<{ readonly label: string; readonly count: number; readonly percent: number | null }>;
};

export type CoreResult = CoreScaleResult | CoreChoiceResult;

const SCALE_SIZE = SCALE_MAX - SCALE_MIN + 1;

/** Moyenne d'une distribution de notes au dixième, arrondi au plus proche (demis vers le haut), en entiers. */
export function distributionAverage(distribution: readonly number[]): number | null {
  const answers = distribution.reduce((total, count) => total + count, 0);
  if (answers === 0) return null;
  const sum = distribution.reduce((total, count, index) => total + count * (SCALE_MIN + index), 0);
  return Math.floor((sum * 20 + answers) / (2 * answers)) / 10;
}

/** Les résultats de chaque question commune, à partir des résumés anonymes de chaque événement. */
export function consolidateCoreResults(core: readonly CoreQuestionData[], perEvent: ReadonlyArray<readonly QuestionSummary[]>): CoreResult[] {
  return [...core]
    .sort((a, b) => a.position - b.position)
    .map((question): CoreResult => {
      const id = coreQuestionId(question.id);
      const found = perEvent.flatMap((summaries) => summaries.filter((summary) => summary.id === id));
      if (question.kind === 'scale') {
        const scales = found.flatMap((summary) => (summary.kind === 'scale' && summary.answers > 0 ? [summary] : []));
        const distribution = Array.from({ length: SCALE_SIZE }, (_, index) => scales.reduce((total, s) => total + (s.distribution[index] ?? 0), 0));
        const answers = distribution.reduce((total, count) => total + count, 0);
        return { kind: 'scale', id: question.id, label: question.label, events: scales.length, answers, average: distributionAverage(distribution), distribution };
      }
      const choices = found.flatMap((summary) => (summary.kind === 'choice' && summary.answers > 0 ? [summary] : []));
      const counts = question.options.map((option) =>
        choices.reduce((total, summary) => total + (summary.options.find((o) => o.label === option)?.count ?? 0), 0),
      );
      const answers = counts.reduce((total, count) => total + count, 0);
      return {
        kind: 'choice',
        id: question.id,
        label: question.label,
        events: choices.length,
        answers,
        options: question.options.map((label, index) => ({ label, count: counts[index] ?? 0, percent: percentOf(counts[index] ?? 0, answers) })),
      };
    });
}
