import { describe, expect, it } from 'vitest';
import { statusAfterBilanValidation } from '@/lib/domain/events/status';

describe('statusAfterBilanValidation', () => {
  it.each([
    ['PUBLISHED', 'BILAN_VALIDATED'],
    ['DONE', 'BILAN_VALIDATED'],
    ['BILAN_VALIDATED', 'BILAN_VALIDATED'],
    // A draft is not public: validating its bilan must not open its public page.
    ['DRAFT', 'DRAFT'],
  ] as const)('%s → %s', (from, to) => {
    expect(statusAfterBilanValidation(from)).toBe(to);
  });
});
