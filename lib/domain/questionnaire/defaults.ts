import type { Question } from '@/lib/domain/questionnaire/types';

/*
 * The default questionnaire (issue 7, vademecum "capitalisation"). The ids are agreed with the bilan:
 * 'overall' feeds the cross-event satisfaction figure, 'keep'/'improve' feed its two lists.
 */
export const AGAIN_OPTIONS = ['Oui', 'Peut-être', 'Non'] as const;

export const DEFAULT_QUESTIONS: readonly Question[] = [
  { id: 'overall', kind: 'scale', label: 'Globalement, êtes-vous satisfait·e de cet événement ?', required: true },
  { id: 'content', kind: 'scale', label: 'Les contenus vous ont-ils semblé pertinents ?', required: true },
  { id: 'organisation', kind: 'scale', label: 'Comment jugez-vous la qualité de l’organisation ?', required: true },
  { id: 'sessions', kind: 'session-scale', label: 'Votre avis sur chaque temps auquel vous avez participé', required: false },
  { id: 'again', kind: 'choice', label: 'Reviendriez-vous à une prochaine édition ?', options: AGAIN_OPTIONS, required: true },
  { id: 'keep', kind: 'text', label: 'Ce qu’il faut garder', required: false },
  { id: 'improve', kind: 'text', label: 'Ce qu’il faut améliorer', required: false },
  { id: 'verbatim', kind: 'verbatim', label: 'En une phrase, que retenez-vous de cet événement ?', required: false },
];

/** Ids of the default questions: they cannot be removed (the bilan reads them), only relabelled. */
export const DEFAULT_QUESTION_IDS: ReadonlySet<string> = new Set(DEFAULT_QUESTIONS.map((q) => q.id));

export function defaultQuestions(): Question[] {
  return DEFAULT_QUESTIONS.map((q) => ({ ...q }));
}
