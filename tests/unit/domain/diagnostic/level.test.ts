import { describe, expect, it } from 'vitest';

import { computeMaturityLevel, type AnswerValue, type MaturityLevel } from '@/lib/domain/diagnostic';

// Les 27 combinaisons, niveau attendu calculé à la main :
// médiane des trois réponses, plafonnée à (réponse la plus faible + 1).
const ALL_COMBINATIONS: ReadonlyArray<readonly [AnswerValue, AnswerValue, AnswerValue, MaturityLevel]> = [
  // écosystème, événements, engagement, niveau
  [1, 1, 1, 1],
  [1, 1, 2, 1],
  [1, 1, 3, 1],
  [1, 2, 1, 1],
  [1, 2, 2, 2],
  [1, 2, 3, 2],
  [1, 3, 1, 1],
  [1, 3, 2, 2],
  [1, 3, 3, 2],
  [2, 1, 1, 1],
  [2, 1, 2, 2],
  [2, 1, 3, 2],
  [2, 2, 1, 2],
  [2, 2, 2, 2],
  [2, 2, 3, 2],
  [2, 3, 1, 2],
  [2, 3, 2, 2],
  [2, 3, 3, 3],
  [3, 1, 1, 1],
  [3, 1, 2, 2],
  [3, 1, 3, 2],
  [3, 2, 1, 2],
  [3, 2, 2, 2],
  [3, 2, 3, 3],
  [3, 3, 1, 2],
  [3, 3, 2, 3],
  [3, 3, 3, 3],
];

describe('computeMaturityLevel', () => {
  it('couvre les 27 combinaisons, sans doublon', () => {
    const keys = new Set(ALL_COMBINATIONS.map(([a, b, c]) => `${a}${b}${c}`));
    expect(keys.size).toBe(27);
  });

  it.each(ALL_COMBINATIONS)('(%i, %i, %i) → niveau %i', (ecosystem, events, engagement, expected) => {
    expect(computeMaturityLevel({ ecosystem, events, engagement }).level).toBe(expected);
  });

  it.each([
    [1, 1, 3, 1],
    [1, 2, 3, 2],
    [1, 3, 3, 2],
    [2, 3, 3, 3],
    [3, 3, 3, 3],
  ] as const)('reproduit l’exemple de la règle (%i, %i, %i) → %i', (ecosystem, events, engagement, expected) => {
    expect(computeMaturityLevel({ ecosystem, events, engagement }).level).toBe(expected);
  });

  it('ne dépend pas du critère qui porte la réponse faible', () => {
    const levels = [
      computeMaturityLevel({ ecosystem: 1, events: 3, engagement: 3 }),
      computeMaturityLevel({ ecosystem: 3, events: 1, engagement: 3 }),
      computeMaturityLevel({ ecosystem: 3, events: 3, engagement: 1 }),
    ];
    expect(levels.map((result) => result.level)).toEqual([2, 2, 2]);
    expect(levels.every((result) => result.cappedByWeakest)).toBe(true);
  });

  it('explique le plafonnement par la réponse la plus faible', () => {
    const result = computeMaturityLevel({ ecosystem: 3, events: 1, engagement: 3 });
    expect(result).toMatchObject({ level: 2, median: 3, weakest: 1, cappedByWeakest: true });
    expect(result.explanation).toBe(
      'La médiane de vos réponses est 3, mais la réponse la plus faible (1) limite le niveau à 2.',
    );
  });

  it('explique la médiane quand la réponse la plus faible ne plafonne pas', () => {
    const result = computeMaturityLevel({ ecosystem: 1, events: 2, engagement: 3 });
    expect(result).toMatchObject({ level: 2, median: 2, weakest: 1, cappedByWeakest: false });
    expect(result.explanation).toBe(
      'La médiane de vos réponses est 2, et la réponse la plus faible (1) ne la plafonne pas. Votre niveau est donc 2.',
    );
  });

  it('ne signale un plafonnement que pour une médiane de 3 avec une réponse à 1', () => {
    const capped = ALL_COMBINATIONS.filter(([ecosystem, events, engagement]) =>
      computeMaturityLevel({ ecosystem, events, engagement }).cappedByWeakest,
    ).map(([a, b, c]) => [a, b, c]);
    expect(capped).toEqual([
      [1, 3, 3],
      [3, 1, 3],
      [3, 3, 1],
    ]);
  });
});
