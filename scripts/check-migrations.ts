// Refuses to start on a database whose migration history does not match prisma/migrations
// (`prisma migrate status` misses a database migration unknown to the code when nothing else differs).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { compareMigrations } from '../lib/domain/ops/migrations';

const messages = {
  pending: 'des migrations ne sont pas appliquées',
  failed: 'une migration a échoué',
  unknown: 'la base contient des migrations que ce code ne connaît pas (base plus récente que le code ?)',
} as const;

async function main() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations',
  );
  await client.end();
  const committed = readdirSync(path.join(process.cwd(), 'prisma', 'migrations'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const state = compareMigrations(
    committed,
    rows.map((r) => ({ name: r.migration_name, finished: r.finished_at !== null, rolledBack: r.rolled_back_at !== null })),
  );
  if (state.state !== 'up-to-date') {
    console.error(`Démarrage refusé : ${messages[state.state]} (${state.names.join(', ')}).`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
