import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import { closeMailers } from '@/lib/server/mail/transport';

export const SEND_EMAIL_QUEUE = 'send-email';
/** One webhook delivery attempt per job; retries are new jobs (lib/server/webhooks/deliver.ts). */
export const WEBHOOK_QUEUE = 'deliver-webhook';

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
  // A job fails only when the database does (an HTTP failure is a scheduled retry, not an error).
  await boss.createQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE, expireInSeconds: 120, retryLimit: 3, retryDelay: 30, retryBackoff: true });
  return boss;
}

/** Stops the process's pg-boss and closes its SMTP connections (tests, shutdown). */
export async function stopBoss(): Promise<void> {
  closeMailers();
  const current = globalForBoss.trameBoss;
  globalForBoss.trameBoss = undefined;
  if (!current) return;
  const boss = await current.boss.catch(() => null);
  await boss?.stop({ graceful: false, timeout: 2000 });
}
