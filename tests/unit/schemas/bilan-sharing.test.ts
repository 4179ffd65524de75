import { describe, expect, it } from 'vitest';
import { createBilanLinkSchema, shareBilanSchema } from '@/lib/schemas/bilan-sharing';

const versionId = '6f1c1a52-5f1e-4c55-9a51-2f7f0f4b2c11';

describe('createBilanLinkSchema', () => {
  it.each([
    [1, true],
    [30, true],
    [180, true],
    [0, false],
    [181, false],
    [2.5, false],
  ])('%s days → valid: %s', (days, valid) => {
    expect(createBilanLinkSchema.safeParse({ versionId, days }).success).toBe(valid);
  });

  it('trims the label and refuses a long one', () => {
    expect(createBilanLinkSchema.parse({ versionId, days: 30, label: '  Comité  ' }).label).toBe('Comité');
    expect(createBilanLinkSchema.safeParse({ versionId, days: 30, label: 'x'.repeat(121) }).success).toBe(false);
  });
});

describe('shareBilanSchema', () => {
  it('asks to choose a funder when none is chosen', () => {
    const result = shareBilanSchema.safeParse({ versionId, organisationId: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Choisissez un financeur.');
  });
});
