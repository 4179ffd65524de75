import 'server-only';
import { db, type Tx } from '@/lib/server/db';

// Hundreds of people may register at once: they queue on the event's row lock, so a transaction may
// wait for a connection and then for the lock much longer than Prisma's defaults (2 s and 5 s).
const OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
const ATTEMPTS = 4;

/** PostgreSQL gave up one of two conflicting transactions (serialization failure or deadlock). */
export function isWriteConflict(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; kind?: unknown; cause?: unknown };
    if (candidate.code === 'P2034' || candidate.kind === 'TransactionWriteConflict') return true;
    current = candidate.cause;
  }
  return false;
}

/** A registration write: one transaction, tried again when PostgreSQL reports a write conflict. */
export async function registrationTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db().$transaction(work, OPTIONS);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
