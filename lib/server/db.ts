import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/prisma/generated/client';
import { env } from '@/lib/env';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { trameDb?: PrismaClient };

/*
 * node-postgres' pool. 10 connections (its default, said here on purpose): a burst of registrations is
 * held back earlier, per event (lib/server/registrations/transaction.ts), so it never takes the whole
 * pool; several app instances and pg-boss share PostgreSQL's max_connections (100).
 *
 * Every wait is bounded, so that a stalled or stopped database answers a request with a clean French
 * error instead of hanging it, and the pool recovers by itself when PostgreSQL comes back (a broken
 * connection is dropped from the pool, the next request opens a new one):
 * - connectionTimeoutMillis: waiting for a free connection, or for a new one to open;
 * - statement_timeout: PostgreSQL cancels a statement running longer (the slowest pages take < 1 s);
 * - query_timeout: the client gives up on an answer that never comes (a server that stopped
 *   answering cannot cancel anything itself);
 * - idle_in_transaction_session_timeout: a transaction left open cannot hold its locks forever.
 */
export const POOL = {
  max: 10,
  connectionTimeoutMillis: 5_000,
  statement_timeout: 15_000,
  query_timeout: 20_000,
  idle_in_transaction_session_timeout: 30_000,
} as const;

/**
 * Queries sent on one connection run one after the other. Prisma's query engine sends the parts of a
 * nested read in parallel; inside an interactive transaction they all go to the transaction's one
 * connection, where node-postgres queues them and warns that it will refuse this in pg 9
 * ("Calling client.query() when the client is already executing a query", prisma/orm#29979). Only the
 * promise form is chained (what the adapter uses); the pool's own callback calls pass through.
 */
function serialiseQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let previous: Promise<unknown> = Promise.resolve();
  client.query = ((...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args.at(-1) === 'function' || typeof first?.submit === 'function') return query(...args);
    const run = previous.then(() => query(...args));
    previous = run.catch(() => undefined);
    return run;
  }) as typeof client.query;
}

/** A Prisma client on `url` with the pool settings above (the app's, and tests' of an outage). */
export function createDb(url: string): PrismaClient {
  const pool = new pg.Pool({ connectionString: url, ...POOL });
  pool.on('connect', serialiseQueries);
  return new PrismaClient({
    adapter: new PrismaPg(pool, {
      disposeExternalPool: true,
      // An idle connection broken by a restart of PostgreSQL: the pool drops it; say so once in the log.
      onPoolError: (error) => console.warn(`[db] connexion inactive perdue : ${error.message}`),
    }),
  });
}

/** The one Prisma client, built on first use: `next build` imports this module without a database. */
export function db(): PrismaClient {
  globalForDb.trameDb ??= createDb(env().DATABASE_URL);
  return globalForDb.trameDb;
}
