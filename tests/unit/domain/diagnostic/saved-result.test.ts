import { describe, expect, it } from 'vitest';
import { buildSavedDiagnosticResult, retainedLevelLabel, type StoredDiagnostic } from '@/lib/domain/diagnostic';

const weak: StoredDiagnostic = {
  answers: { ecosystem: 1, events: 1, engagement: 3 },
  computedLevel: 1,
  chosenLevel: null,
  overrideReason: null,
};

describe('buildSavedDiagnosticResult', () => {
  it('follows the computed level without an override', () => {
    const result = buildSavedDiagnosticResult(weak);
    expect(result).toMatchObject({ level: 1, computedLevel: 1, override: null, recommendedFormatIds: ['pitch', 'demo', 'atelier'] });
    expect(result.objective.level).toBe(1);
    expect(retainedLevelLabel(result)).toBe('Niveau 1');
  });

  it('takes objective and formats from the retained level, keeping the computed rule to show where it started', () => {
    const result = buildSavedDiagnosticResult({ ...weak, chosenLevel: 2, overrideReason: 'Un plan départemental démarre.' });
    expect(result).toMatchObject({
      level: 2,
      computedLevel: 1,
      override: { level: 2, computedLevel: 1, reason: 'Un plan départemental démarre.' },
      recommendedFormatIds: ['atelier', 'masterclass', 'demo', 'retex'],
    });
    expect(result.objective.level).toBe(2);
    expect(result.computation.level).toBe(1);
    expect(retainedLevelLabel(result)).toBe('Niveau retenu : 2 (au lieu de 1)');
  });

  it('ignores a chosen level stored without its reason (an override always carries one)', () => {
    expect(buildSavedDiagnosticResult({ ...weak, chosenLevel: 3, overrideReason: null })).toMatchObject({ level: 1, override: null });
  });

  it('keeps the computed level stored at the time, even if the rule would now say otherwise', () => {
    expect(buildSavedDiagnosticResult({ ...weak, computedLevel: 2 })).toMatchObject({ level: 2, computedLevel: 2 });
  });
});
