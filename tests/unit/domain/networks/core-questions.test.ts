import { describe, expect, it } from 'vitest';
import { coreQuestionId, isCoreQuestionId, withCoreQuestions, type CoreQuestionData } from '@/lib/domain/networks/core-questions';
import type { Question } from '@/lib/domain/questionnaire/types';

const own: Question[] = [
  { id: 'overall', kind: 'scale', label: 'Satisfaction', required: true },
  { id: 'q-1', kind: 'text', label: 'Une idée ?', required: false },
];
const core: CoreQuestionData[] = [
  { id: 'z', kind: 'choice', label: 'Venu·e par', options: ['Mail', 'Affiche'], required: false, position: 2 },
  { id: 'y', kind: 'scale', label: 'Utilité', options: [], required: true, position: 1 },
];

describe('withCoreQuestions', () => {
  it('appends the core in the network’s order after the member’s own questions', () => {
    expect(withCoreQuestions(own, core).map((q) => q.id)).toEqual(['overall', 'q-1', 'core-y', 'core-z']);
    expect(withCoreQuestions(own, core)[3]).toEqual({ id: 'core-z', kind: 'choice', label: 'Venu·e par', options: ['Mail', 'Affiche'], required: false });
  });

  it('replaces a core question the member changed or removed (locked)', () => {
    const tampered: Question[] = [...own, { id: 'core-y', kind: 'text', label: 'Changée', required: false }];
    const merged = withCoreQuestions(tampered, core);
    expect(merged.filter((q) => q.id === 'core-y')).toEqual([{ id: 'core-y', kind: 'scale', label: 'Utilité', required: true }]);
    expect(withCoreQuestions(own.slice(0, 1), core).map((q) => q.id)).toEqual(['overall', 'core-y', 'core-z']);
  });

  it('removes every core question when the core is empty (event out of the cycle)', () => {
    expect(withCoreQuestions(withCoreQuestions(own, core), [])).toEqual(own);
  });

  it('recognises core ids', () => {
    expect(isCoreQuestionId(coreQuestionId('abc'))).toBe(true);
    expect(isCoreQuestionId('overall')).toBe(false);
  });
});
