import { describe, expect, it } from 'vitest';
import { messageOfDigest, safeDigest } from '@/lib/domain/errors/safe-digest';

describe('safe digest', () => {
  it('carries a French message to the error page', () => {
    const message = 'Cette séance a été modifiée entre-temps : rechargez la page.';
    expect(messageOfDigest(safeDigest(message))).toBe(message);
  });

  it.each([undefined, '', '1234567890', 'trame-safe:%E0%A4%A'])('gives no message for the digest %s', (digest) => {
    expect(messageOfDigest(digest)).toBeNull();
  });
});
