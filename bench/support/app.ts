// Starts the production app for a benchmark: reuses (or makes) a build in its own dist dir, starts a
// fresh embedded PostgreSQL, migrates it, then runs `next start`. No demo seed: each bench seeds
// exactly what it measures. Everything started here is stopped by `stop()`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.mjs';

export const root = path.resolve(__dirname, '..', '..');

export type RunningApp = { baseUrl: string; databaseUrl: string; distDir: string; stop: () => Promise<void> };

function node(args: string[], env: NodeJS.ProcessEnv, label: string): void {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${label} a échoué (code ${result.status})`);
}

/** `next build` into distDir unless a finished build is already there (BENCH_REBUILD=1 forces it). */
export function ensureBuild(distDir: string): void {
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', TRAME_BENCH_BUILD: '1' };
  if (existsSync(path.join(root, distDir, 'BUILD_ID')) && process.env.BENCH_REBUILD !== '1') {
    console.log(`[bench] build réutilisé : ${distDir} (BENCH_REBUILD=1 pour reconstruire)`);
    return;
  }
  console.log(`[bench] next build dans ${distDir}…`);
  node([path.join(root, 'scripts/prisma.mjs'), 'generate'], env, 'prisma generate');
  node([path.join(root, 'node_modules/next/dist/bin/next'), 'build'], env, 'next build');
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start s'est arrêté (code ${child.exitCode})`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('le serveur ne répond pas sur /api/health après 2 min');
}

export async function startApp(options: { distDir: string; port: number; name: string }): Promise<RunningApp> {
  ensureBuild(options.distDir);
  // Next keeps rendered public pages (ISR) on disk, across restarts: a fresh database needs a fresh
  // page cache, or pages of the previous run (other ids) would be served.
  rmSync(path.join(root, options.distDir, 'server', 'route-cache'), { recursive: true, force: true });
  const database = await startEmbeddedPostgres({
    dataDir: path.join(root, '.data', `postgres-${options.name}`),
    database: 'trame_bench',
    fresh: true,
    quiet: true,
  });
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    await database.stop();
  };
  try {
    const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1' };
    node([path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], env, 'prisma migrate deploy');
    const baseUrl = `http://localhost:${options.port}`;
    child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(options.port)], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: options.distDir,
        AUTH_URL: baseUrl,
        AUTH_TRUST_HOST: 'true',
        AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
        // The job worker would compete with the server for the two cores.
        TRAME_DISABLE_WORKER: '1',
      },
    });
    await waitForHealth(baseUrl, child);
    return { baseUrl, databaseUrl: database.url, distDir: options.distDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
