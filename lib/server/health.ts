import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { compareMigrations, type MigrationState } from '@/lib/domain/ops/migrations';
import { db } from '@/lib/server/db';

export type Health =
  | { status: 'ok'; database: 'ok'; migrations: 'up-to-date' }
  | { status: 'error'; database: 'ok' | 'unreachable'; migrations?: MigrationState['state']; reason: string };

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir(path.join(process.cwd(), 'prisma', 'migrations'), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export async function checkHealth(): Promise<Health> {
  let rows: { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[];
  try {
    rows = await db().$queryRaw`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/_prisma_migrations/.test(message)) {
      return { status: 'error', database: 'ok', migrations: 'pending', reason: 'Aucune migration appliquée.' };
    }
    return { status: 'error', database: 'unreachable', reason: 'Base de données injoignable.' };
  }
  const state = compareMigrations(
    await committedMigrations(),
    rows.map((r) => ({ name: r.migration_name, finished: r.finished_at !== null, rolledBack: r.rolled_back_at !== null })),
  );
  if (state.state === 'up-to-date') return { status: 'ok', database: 'ok', migrations: 'up-to-date' };
  return { status: 'error', database: 'ok', migrations: state.state, reason: `Migrations ${state.state} : ${state.names.join(', ')}` };
}
