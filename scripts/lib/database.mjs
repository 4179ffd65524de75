// Database preparation shared by the start-up wrappers: pick or start PostgreSQL, migrate, seed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { root } from './env.mjs';
import { log, startEmbeddedPostgres } from './embedded-postgres.mjs';

const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function run(command, args, env) {
  return spawnSync(process.execPath, [command, ...args], { cwd: root, env, encoding: 'utf8' });
}

/** DATABASE_URL when set, else the embedded cluster in `.data/<name>`. */
export async function provideDatabase({ dataDirName = 'postgres', fresh = false } = {}) {
  if (process.env.DATABASE_URL) {
    log('Base de données : DATABASE_URL.');
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const db = await startEmbeddedPostgres({ dataDir: path.join(root, '.data', dataDirName), database: 'trame', fresh });
  log(`Base PostgreSQL embarquée démarrée sur le port ${db.port}.`);
  return { url: db.url, embedded: true, stop: db.stop };
}

// Several instances may start together on one database: a PostgreSQL advisory lock lets one of them
// migrate while the others wait, then find nothing left to do.
const MIGRATION_LOCK = 727_073_690;

/** Applies committed migrations; refuses to go on when the database holds unknown or failed ones. */
export async function migrate(url) {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    applyMigrations(url);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await lock.end();
  }
}

function applyMigrations(url) {
  const env = { ...process.env, DATABASE_URL: url };
  const deploy = run(prismaCli, ['migrate', 'deploy'], env);
  if (deploy.status !== 0) {
    throw new Error(
      `Les migrations n'ont pas pu être appliquées (migrations could not be applied):\n${deploy.stdout}${deploy.stderr}`,
    );
  }
  const status = run(tsxCli, [path.join(root, 'scripts', 'check-migrations.ts')], env);
  if (status.status !== 0) {
    throw new Error(
      'La base contient des migrations inconnues ou en échec : démarrage refusé. ' +
        `(The database holds unknown or failed migrations: refusing to start.)\n${status.stdout}${status.stderr}`,
    );
  }
  log('Migrations à jour.');
}

/** Creates the demo data once (the seed itself skips what already exists). */
export function seedDemo(url) {
  const seed = spawnSync(process.execPath, [tsxCli, path.join(root, 'prisma', 'seed.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'inherit',
  });
  if (seed.status !== 0) throw new Error('Le jeu de démonstration n’a pas pu être créé (demo seed failed).');
}

/** Whether the demo accounts (public password, see README) exist in this database. */
export async function hasDemoAccounts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM "User" WHERE email LIKE '%@demo.trame.fr' LIMIT 1`);
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
