// Once per integration run: a PostgreSQL server (embedded, or the one in TEST_DATABASE_URL), and a
// template database migrated with `prisma migrate deploy`. Each test file then clones the template.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.mjs';

const root = path.resolve(__dirname, '..', '..');
const TEMPLATE = 'trame_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
    console.log(`[tests] PostgreSQL server: ${new URL(adminUrl).host}`);
  } else {
    const server = await startEmbeddedPostgres({ dataDir: path.join(root, '.data', 'postgres-test'), database: 'postgres' });
    adminUrl = server.adminUrl;
    stop = server.stop;
    console.log(`[tests] embedded PostgreSQL on port ${server.port}`);
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Leftovers of an interrupted run would otherwise accumulate.
  const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'trame_test_%'`);
  for (const row of stale.rows as { datname: string }[]) {
    await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  }
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();

  const migrate = spawnSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, TEMPLATE) },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE);

  return async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await cleanup.end();
    await stop();
  };
}
