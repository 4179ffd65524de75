// A fresh embedded PostgreSQL for a benchmark that calls the server code in-process: migrated, and
// named in DATABASE_URL for the modules loaded after this call. The caller stops it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.mjs';

const root = path.resolve(__dirname, '..', '..');

export async function startBenchDatabase(name = 'postgres-bench') {
  const server = await startEmbeddedPostgres({ dataDir: path.join(root, '.data', name), database: 'trame_bench', fresh: true });
  const migrate = spawnSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: server.url },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) {
    await server.stop();
    throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  process.env.DATABASE_URL = server.url;
  return server;
}
