import { plural } from '@/lib/domain/format/french';
import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';
import { SCALE_MAX, SCALE_MIN } from '@/lib/domain/questionnaire/types';

/*
 * Résultats recueillis hors Trame (issue 15.15) : un questionnaire papier, un formulaire en ligne
 * externe… Chaque source donne un nombre de réponses, des moyennes de questions de satisfaction
 * notées de 1 à 5 (comme celles de Trame) et des citations dont l'auteur·rice a donné son accord.
 *
 * Règle du chiffre combiné : quand une question existe des deux côtés (même question de Trame, ou
 * même intitulé entre deux sources extérieures), la moyenne combinée est la moyenne des moyennes
 * pondérée par le nombre de réponses à cette question de chaque côté :
 *   Σ (moyenne × réponses) / Σ réponses, arrondie au dixième.
 * Une moyenne sans réponse ne pèse rien. Le nombre de réponses combiné est la somme des réponses
 * au questionnaire de Trame et des réponses de chaque source extérieure (une personne qui aurait
 * répondu des deux côtés compterait deux fois : les réponses sont anonymes, rien ne permet de la
 * reconnaître).
 */

export const OUTSIDE_SOURCE_SUGGESTIONS = ['questionnaire papier', 'formulaire en ligne externe', 'avis à chaud recueillis sur place'] as const;

export const OUTSIDE_SCALE_MIN = SCALE_MIN;
export const OUTSIDE_SCALE_MAX = SCALE_MAX;

/** One satisfaction question's results in one outside source. */
export type OutsideScore = {
  /** The Trame questionnaire question it is the same as ('overall', 'content'…), or null. */
  readonly questionId: string | null;
  readonly label: string;
  /** People who answered this question. */
  readonly answers: number;
  /** On 1-5, two decimals at most. */
  readonly average: number;
};

/** A quote kept only with its author's consent; the author may stay anonymous. */
export type OutsideQuote = { readonly text: string; readonly author: string | null };

export type OutsideSource = {
  readonly sourceLabel: string;
  readonly responseCount: number;
  readonly scores: readonly OutsideScore[];
  readonly quotes: readonly OutsideQuote[];
  /** null when typed on the bilan page; the file's name when imported. */
  readonly importedFrom: string | null;
};

export type AverageWithAnswers = { readonly answers: number; readonly average: number | null };

export type CombinedScore = {
  /** The Trame question id, else `label:<normalised label>`. */
  readonly key: string;
  readonly label: string;
  readonly trame: AverageWithAnswers | null;
  readonly outside: AverageWithAnswers;
  readonly combined: AverageWithAnswers;
};

/** The bilan's section « Résultats recueillis hors Trame » (snapshot v3). */
export type BilanOutsideResults = {
  readonly sources: readonly OutsideSource[];
  readonly responses: { readonly trame: number; readonly outside: number; readonly total: number };
  readonly scores: readonly CombinedScore[];
};

export const COMBINED_RULE =
  'Chiffre combiné : moyenne des deux côtés pondérée par le nombre de réponses à chaque question (Σ moyenne × réponses ÷ Σ réponses), arrondie au dixième.';

// The epsilon keeps 4.35 (stored as 4.3499…) rounding up, as written by hand.
const roundTenth = (value: number) => Math.round(value * 10 + 1e-9) / 10;

/** Σ (average × answers) / Σ answers, to one decimal; parts without answers weigh nothing. */
export function weightedAverage(parts: readonly AverageWithAnswers[]): AverageWithAnswers {
  let answers = 0;
  let sum = 0;
  for (const part of parts) {
    if (part.average === null || part.answers <= 0) continue;
    answers += part.answers;
    sum += part.average * part.answers;
  }
  return { answers, average: answers === 0 ? null : roundTenth(sum / answers) };
}

/** Case, accents, apostrophes and spaces aside. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr-FR');
}

/** The outside sources beside Trame's questionnaire, with the combined figures. null without any source. */
export function combineOutsideResults(
  trame: QuestionnaireSummary | null,
  sources: readonly OutsideSource[],
): BilanOutsideResults | null {
  if (sources.length === 0) return null;
  const trameResponses = trame?.responses ?? 0;
  const outsideResponses = sources.reduce((sum, source) => sum + source.responseCount, 0);
  const trameScales = new Map(
    (trame?.questions ?? []).flatMap((question) => (question.kind === 'scale' ? [[question.id, question] as const] : [])),
  );
  const groups = new Map<string, { label: string; parts: AverageWithAnswers[] }>();
  for (const source of sources) {
    for (const score of source.scores) {
      const trameQuestion = score.questionId ? trameScales.get(score.questionId) : undefined;
      const key = trameQuestion ? trameQuestion.id : `label:${normaliseLabel(score.label)}`;
      const group = groups.get(key) ?? { label: trameQuestion?.label ?? score.label, parts: [] };
      group.parts.push({ answers: score.answers, average: score.average });
      groups.set(key, group);
    }
  }
  const scores = [...groups.entries()].map(([key, group]): CombinedScore => {
    const question = trameScales.get(key);
    const trameSide = question ? { answers: question.answers, average: question.average } : null;
    const outside = weightedAverage(group.parts);
    return { key, label: group.label, trame: trameSide, outside, combined: weightedAverage(trameSide ? [trameSide, ...group.parts] : group.parts) };
  });
  return {
    sources,
    responses: { trame: trameResponses, outside: outsideResponses, total: trameResponses + outsideResponses },
    scores,
  };
}

/** The marking every rendering of these figures carries. */
export const OUTSIDE_MARK = 'recueilli hors Trame';
export const OUTSIDE_SECTION_TITLE = 'Résultats recueillis hors Trame';

/** « questionnaire papier (38 réponses, importé de reponses.xlsx) » — how each source is named everywhere. */
export function describeSource(source: OutsideSource): string {
  const responses = plural(source.responseCount, { one: 'réponse', other: 'réponses' });
  return source.importedFrom ? `${source.sourceLabel} (${responses}, importées du fichier ${source.importedFrom})` : `${source.sourceLabel} (${responses}, saisies à la main)`;
}

export const COMBINED_COLUMNS = [
  'Question',
  'Réponses Trame',
  'Moyenne Trame',
  'Réponses hors Trame',
  'Moyenne hors Trame',
  'Réponses combinées',
  'Moyenne combinée',
] as const;

/** One row per question: Trame, outside, combined (answers and average, null when absent). */
export function combinedRowValues(score: CombinedScore): [string, number | null, number | null, number, number | null, number, number | null] {
  return [
    score.label,
    score.trame?.answers ?? null,
    score.trame?.average ?? null,
    score.outside.answers,
    score.outside.average,
    score.combined.answers,
    score.combined.average,
  ];
}
