import { describe, expect, it } from 'vitest';
import { isWriteConflict } from '@/lib/server/registrations/transaction';

describe('isWriteConflict', () => {
  it.each([
    ['Prisma P2034', { code: 'P2034' }, true],
    ['driver adapter conflict', { name: 'DriverAdapterError', cause: { kind: 'TransactionWriteConflict' } }, true],
    ['conflict wrapped twice', { cause: { cause: { kind: 'TransactionWriteConflict' } } }, true],
    ['unique violation', { code: 'P2002' }, false],
    ['plain error', new Error('boom'), false],
    ['nothing', null, false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isWriteConflict(error)).toBe(expected);
  });
});
