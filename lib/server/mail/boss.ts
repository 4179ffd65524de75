import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import type { Tx } from '@/lib/server/db';

export const SEND_EMAIL_QUEUE = 'send-email';

/**
 * Retries of a failed delivery: 5 more tries with exponential backoff from 30 s (about 30 s, 1 min,
 * 2 min, 4 min, 8 min), so a short SMTP outage loses nothing. Tests pass shorter delays.
 */
export type RetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean };
export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 5, retryDelay: 30, retryBackoff: true };

type Started = { url: string; boss: Promise<PgBoss> };
const globalForBoss = globalThis as unknown as { trameBoss?: Started };

/**
 * The process's one pg-boss, started on first use in its own schema of the app's database, so that
 * every app instance shares the queue. It is keyed by DATABASE_URL: each integration test file has its
 * own database.
 */
export function getBoss(retry: RetryPolicy = DEFAULT_RETRY): Promise<PgBoss> {
  const url = env().DATABASE_URL;
  const current = globalForBoss.trameBoss;
  if (current?.url === url) return current.boss;
  const boss = start(url, retry);
  globalForBoss.trameBoss = { url, boss };
  // A failed start must not stick: the next call tries again.
  boss.catch(() => {
    if (globalForBoss.trameBoss?.boss === boss) globalForBoss.trameBoss = undefined;
  });
  return boss;
}

async function start(url: string, retry: RetryPolicy): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', application_name: 'trame-jobs', max: 4 });
  // Without a listener an 'error' event would crash the process; pg-boss reconnects by itself.
  boss.on('error', (error) => console.error('[trame] file de tâches :', error));
  await boss.start();
  // Idempotent: the first instance to start creates the queue with its retry policy.
  await boss.createQueue(SEND_EMAIL_QUEUE, { name: SEND_EMAIL_QUEUE, expireInSeconds: 120, ...retry });
  return boss;
}

/** Stops the process's pg-boss (tests, shutdown). */
export async function stopBoss(): Promise<void> {
  const current = globalForBoss.trameBoss;
  globalForBoss.trameBoss = undefined;
  if (!current) return;
  const boss = await current.boss.catch(() => null);
  await boss?.stop({ graceful: false, timeout: 2000 });
}

/**
 * pg-boss writes its job through the caller's transaction: a row and its job are committed together
 * or not at all, so no job is lost between the two and none runs for a write that was rolled back.
 */
export function throughTransaction(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text, values) {
      // pg-boss hands JSON payloads as objects; Prisma's raw queries want plain values.
      const params = values.map((value) => (value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}
