import { describe, expect, it } from 'vitest';

import {
  ANSWER_VALUES,
  CRITERIA,
  CRITERION_IDS,
  getCriterionAnswer,
  listCriteria,
  listCriterionAnswers,
} from '@/lib/domain/diagnostic';

describe('critères du diagnostic', () => {
  it('liste les trois critères dans l’ordre du webinaire', () => {
    expect(listCriteria().map((criterion) => criterion.label)).toEqual([
      'Écosystème des professionnels',
      'Événements existants',
      'Engagement des décideurs',
    ]);
  });

  it.each(CRITERION_IDS)('« %s » a trois réponses 1, 2, 3 avec libellé et explication d’une phrase', (id) => {
    const answers = listCriterionAnswers(id);
    expect(answers.map((answer) => answer.value)).toEqual([...ANSWER_VALUES]);
    for (const answer of answers) {
      expect(answer.label.length).toBeGreaterThan(0);
      expect(answer.explanation).toMatch(/^[A-ZÀ-Ý].*\.$/);
      expect(answer.explanation.slice(0, -1)).not.toContain('. ');
    }
  });

  it('indexe chaque critère par son identifiant', () => {
    for (const id of CRITERION_IDS) expect(CRITERIA[id].id).toBe(id);
  });

  it('retrouve une réponse par critère et valeur', () => {
    expect(getCriterionAnswer('engagement', 2).explanation).toBe(
      'Les décideurs sont engagés et financent déjà certaines actions.',
    );
    expect(getCriterionAnswer('events', 1).label).toBe('Aucune rencontre');
  });
});
