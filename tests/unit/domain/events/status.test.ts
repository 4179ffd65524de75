import { describe, expect, it } from 'vitest';
import { canUnpublish, statusAfterBilanValidation } from '@/lib/domain/events/status';

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

describe('canUnpublish', () => {
  it('only takes a published event back to draft', () => {
    expect(canUnpublish('PUBLISHED')).toBe(true);
    expect(canUnpublish('DRAFT')).toBe(false);
    expect(canUnpublish('DONE')).toBe(false);
    expect(canUnpublish('BILAN_VALIDATED')).toBe(false);
  });
});
