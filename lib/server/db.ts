import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/prisma/generated/client';
import { env } from '@/lib/env';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { trameDb?: PrismaClient };

// node-postgres' pool: 10 connections (its default, said here on purpose), and a request that finds
// them all busy waits in memory for one without timeout (connectionTimeoutMillis 0). A burst of
// registrations is held back earlier, per event (lib/server/registrations/transaction.ts), so it never
// takes the whole pool. Several app instances and pg-boss share PostgreSQL's max_connections (100).
const POOL = { max: 10, connectionTimeoutMillis: 0 } as const;

/** The one Prisma client, built on first use: `next build` imports this module without a database. */
export function db(): PrismaClient {
  globalForDb.trameDb ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, ...POOL }) });
  return globalForDb.trameDb;
}
