import { describe, expect, it } from 'vitest';
import { consolidateCoreResults, distributionAverage } from '@/lib/domain/networks/rollup';
import type { CoreQuestionData } from '@/lib/domain/networks/core-questions';
import type { QuestionSummary } from '@/lib/domain/questionnaire/types';

const scaleCore: CoreQuestionData = { id: 'a', kind: 'scale', label: 'Utilité', options: [], required: true, position: 1 };
const choiceCore: CoreQuestionData = { id: 'b', kind: 'choice', label: 'Venu·e par', options: ['Mail', 'Affiche'], required: false, position: 2 };

const scale = (distribution: number[], id = 'core-a'): QuestionSummary => ({
  id,
  kind: 'scale',
  label: 'Utilité',
  answers: distribution.reduce((a, b) => a + b, 0),
  average: distributionAverage(distribution),
  distribution,
});
const choice = (counts: Record<string, number>): QuestionSummary => {
  const answers = Object.values(counts).reduce((a, b) => a + b, 0);
  return { id: 'core-b', kind: 'choice', label: 'Venu·e par', answers, options: Object.entries(counts).map(([label, count]) => ({ label, count, percent: null })) };
};

describe('distributionAverage', () => {
  it.each([
    { distribution: [0, 0, 0, 0, 0], expected: null },
    { distribution: [], expected: null },
    { distribution: [0, 0, 0, 1, 0], expected: 4 },
    // 4.25 → 4.3 (half up, integer maths)
    { distribution: [0, 0, 0, 3, 1], expected: 4.3 },
    // 13 / 3 = 4.333… → 4.3
    { distribution: [0, 0, 0, 2, 1], expected: 4.3 },
    // 5 / 3 = 1.666… → 1.7
    { distribution: [2, 0, 1, 0, 0], expected: 1.7 },
    { distribution: [0, 0, 0, 0, 7], expected: 5 },
  ])('$distribution → $expected', ({ distribution, expected }) => {
    expect(distributionAverage(distribution)).toBe(expected);
  });
});

describe('consolidateCoreResults', () => {
  it('weighs each event by its number of responses, not by its average', () => {
    // Event 1: 300 answers, all 5; event 2: 20 answers, all 1. Mean of averages would be 3.
    const [result] = consolidateCoreResults([scaleCore], [[scale([0, 0, 0, 0, 300])], [scale([20, 0, 0, 0, 0])]]);
    expect(result).toMatchObject({ kind: 'scale', events: 2, answers: 320, distribution: [20, 0, 0, 0, 300] });
    // (300 × 5 + 20 × 1) / 320 = 4.75 → 4.8
    expect(result?.kind === 'scale' && result.average).toBe(4.8);
  });

  it('gives null, never 0, on an empty set (no event, or events without answers)', () => {
    for (const perEvent of [[], [[scale([0, 0, 0, 0, 0])]], [[]]]) {
      const [s, c] = consolidateCoreResults([scaleCore, choiceCore], perEvent);
      expect(s).toMatchObject({ answers: 0, events: 0, average: null, distribution: [0, 0, 0, 0, 0] });
      expect(c).toMatchObject({ answers: 0, events: 0, options: [{ label: 'Mail', count: 0, percent: null }, { label: 'Affiche', count: 0, percent: null }] });
    }
  });

  it('sums choices across events and gives shares to the tenth over the sum', () => {
    const [, result] = consolidateCoreResults([scaleCore, choiceCore], [[choice({ Mail: 1, Affiche: 1 })], [choice({ Mail: 1 })], []]);
    expect(result).toEqual({
      kind: 'choice',
      id: 'b',
      label: 'Venu·e par',
      events: 2,
      answers: 3,
      options: [
        { label: 'Mail', count: 2, percent: 66.7 },
        { label: 'Affiche', count: 1, percent: 33.3 },
      ],
    });
  });

  it('ignores an option the network no longer offers and another question with the same label', () => {
    const [, result] = consolidateCoreResults([scaleCore, choiceCore], [[choice({ Mail: 2, Ancienne: 5 }), scale([1, 0, 0, 0, 0], 'own-q')]]);
    expect(result).toMatchObject({ answers: 2, options: [{ label: 'Mail', count: 2, percent: 100 }, { label: 'Affiche', count: 0, percent: 0 }] });
  });

  it('follows the network’s order', () => {
    const results = consolidateCoreResults([{ ...choiceCore, position: 0 }, scaleCore], []);
    expect(results.map((r) => r.id)).toEqual(['b', 'a']);
  });
});
