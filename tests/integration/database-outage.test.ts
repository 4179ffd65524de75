import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.mjs';
import { publicAction } from '@/lib/server/action';
import { createDb, POOL } from '@/lib/server/db';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/server/database-unavailable';

/*
 * A PostgreSQL server of its own, stopped and restarted under a client built like the app's: while it
 * is down, requests fail within the pool's time limits with a French message; once it is back, the
 * same client answers again without a restart of the app.
 */
const dataDir = path.join(process.cwd(), '.data', `postgres-outage-${randomUUID().slice(0, 8)}`);
let server: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
let client: ReturnType<typeof createDb>;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir, database: 'trame', fresh: true });
  client = createDb(server.url);
}, 120_000);

afterAll(async () => {
  await client?.$disconnect().catch(() => {});
  await server?.stop().catch(() => {});
  if (server) await rm(server.dataDir, { recursive: true, force: true });
});

const ping = () => client.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;

/** An action as the app writes them, reading through the outage client. */
const pingAction = publicAction(z.object({}), async () => (await ping())[0]?.one, { transaction: false });

async function failure(run: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await run();
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error('the request succeeded while the database was stopped');
}

describe('a database that stops and comes back', () => {
  it('fails cleanly while stopped, then recovers', async () => {
    expect(await ping()).toEqual([{ one: 1 }]);

    await server.stop();
    const { error, ms } = await failure(ping);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(ms).toBeLessThan(POOL.connectionTimeoutMillis + 2_000);
    expect(await pingAction({})).toEqual({ ok: false, error: DATABASE_UNAVAILABLE_MESSAGE, code: 'unavailable' });

    server = await startEmbeddedPostgres({ dataDir, database: 'trame', port: server.port });
    expect(await ping()).toEqual([{ one: 1 }]);
    expect(await pingAction({})).toEqual({ ok: true, data: 1 });
  }, 120_000);

  it('bounds every statement and every open transaction on the server side', async () => {
    const [settings] = await client.$queryRaw<{ statement: string; idle: string }[]>`
      SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`;
    expect(settings).toEqual({ statement: '15s', idle: '30s' });
  });
});

describe('one connection, one query at a time', () => {
  it('reads a nested select inside a transaction without node-postgres warning about concurrent queries', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      const db = createDb(process.env.DATABASE_URL!);
      const organisation = await db.organisation.create({ data: { name: 'Hub outage', kind: 'HUB' } });
      await db.$transaction(async (tx) => {
        await tx.organisation.findUnique({
          where: { id: organisation.id },
          include: { memberships: true, invitations: true, ownedEvents: true, coOrganised: true, diagnostics: true, bilanShares: true },
        });
      });
      await db.$disconnect();
      // process 'warning' events are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listen);
    }
    expect(warnings.filter((message) => /already executing a query/.test(message))).toEqual([]);
  });
});
