import 'server-only';
import { db, type Tx } from '@/lib/server/db';

// Hundreds of people may register at once: they queue on the event's row lock, so a transaction may
// wait for a connection and then for the lock much longer than Prisma's defaults (2 s and 5 s).
const OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
const ATTEMPTS = 4;
/*
 * Writes of one event run one at a time under its row lock anyway: more than a few of them open at
 * once would only hold pool connections idle (starving the rest of the app, the rate limit included)
 * and wait on the lock. Per process and per event, the others wait here, in memory, without timeout;
 * two in flight keep the next one ready at the lock when the current one commits.
 */
const IN_FLIGHT_PER_EVENT = 2;

/** PostgreSQL gave up one of two conflicting transactions (serialization failure or deadlock). */
export function isWriteConflict(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; kind?: unknown; cause?: unknown };
    if (candidate.code === 'P2034' || candidate.kind === 'TransactionWriteConflict') return true;
    current = candidate.cause;
  }
  return false;
}

type Gate = { running: number; waiting: Array<() => void> };
const gates = new Map<string, Gate>();

async function enter(key: string): Promise<void> {
  let gate = gates.get(key);
  if (!gate) gates.set(key, (gate = { running: 0, waiting: [] }));
  if (gate.running < IN_FLIGHT_PER_EVENT) {
    gate.running += 1;
    return;
  }
  // The slot is handed over by `leave`, which keeps `running` as it is.
  await new Promise<void>((resolve) => gate.waiting.push(resolve));
}

function leave(key: string): void {
  const gate = gates.get(key);
  if (!gate) return;
  const next = gate.waiting.shift();
  if (next) return next();
  gate.running -= 1;
  if (gate.running === 0) gates.delete(key);
}

async function attempt<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db().$transaction(work, OPTIONS);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

/**
 * A registration write: one transaction, tried again when PostgreSQL reports a write conflict.
 * `eventId`, when known before the transaction, lets writes of the same event wait their turn here.
 */
export async function registrationTransaction<T>(work: (tx: Tx) => Promise<T>, eventId?: string): Promise<T> {
  if (eventId === undefined) return attempt(work);
  await enter(eventId);
  try {
    return await attempt(work);
  } finally {
    leave(eventId);
  }
}
