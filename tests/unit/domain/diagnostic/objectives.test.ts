import { describe, expect, it } from 'vitest';

import {
  buildDiagnosticResult,
  DIAGNOSTIC_SOURCE_CREDIT,
  getLevelObjective,
  LEVEL_RULE,
  MATURITY_LEVELS,
  recommendedFormatIdsFor,
} from '@/lib/domain/diagnostic';

describe('objectifs par niveau', () => {
  it.each([
    [1, /synergie/],
    [2, /passent à l'action et se mettent à travailler ensemble/],
    [3, /expertise sur une thématique .*nationale/],
  ] as const)('niveau %i', (level, objective) => {
    expect(getLevelObjective(level).level).toBe(level);
    expect(getLevelObjective(level).objective).toMatch(objective);
  });
});

describe('formats recommandés par niveau, dans l’ordre du webinaire', () => {
  it.each([
    [1, ['pitch', 'demo', 'atelier']],
    [2, ['atelier', 'masterclass', 'demo', 'retex']],
    [3, ['design-fiction', 'keynote', 'explorcamp']],
  ] as const)('niveau %i', (level, expected) => {
    expect(recommendedFormatIdsFor(level)).toEqual(expected);
  });

  it('couvre chaque niveau', () => {
    for (const level of MATURITY_LEVELS) expect(recommendedFormatIdsFor(level).length).toBeGreaterThan(0);
  });
});

describe('buildDiagnosticResult', () => {
  it('réunit réponses, règle, niveau, objectif, formats et source', () => {
    const result = buildDiagnosticResult({ ecosystem: 1, events: 3, engagement: 3 });

    expect(result.answers.map((answer) => [answer.criterionId, answer.value, answer.answerLabel])).toEqual([
      ['ecosystem', 1, "Peu d'échanges entre acteurs"],
      ['events', 3, 'Plusieurs rencontres'],
      ['engagement', 3, 'Porteurs ou partenaires'],
    ]);
    expect(result.rule).toBe(LEVEL_RULE);
    expect(result.computation.level).toBe(2);
    expect(result.objective).toEqual(getLevelObjective(2));
    expect(result.recommendedFormatIds).toEqual(['atelier', 'masterclass', 'demo', 'retex']);
    expect(result.sourceCredit).toBe(DIAGNOSTIC_SOURCE_CREDIT);
  });
});
