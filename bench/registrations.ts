// npm run bench:registrations — builds the app (NEXT_DIST_DIR=.next-bench), starts it in production
// mode on a fresh embedded PostgreSQL with one open event (300 seats) holding one workshop (30 seats),
// then fires 500 registrations at once exactly as the browser's form does: a POST of the server
// action `registerAction` (its id read from the build's manifest) with the `Next-Action` header. Each
// request comes from its own client address (the last X-Forwarded-For entry, see lib/server/rate-limit)
// so the per-address limit refuses none of them. Prints throughput, latency percentiles and errors,
// reads the database back, then stops everything it started.
// BENCH_SKIP_BUILD=1 reuses an earlier build; BENCH_REQUESTS and BENCH_PORT change the defaults;
// NEXT_DIST_DIR the build directory. BENCH_CONNECTIONS (default 500 = all at once) is how many
// requests are in flight at a time; a list (e.g. `500,50`) runs one round per value, each on its own
// fresh event: 50 connections sending 500 registrations is a realistic burst.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBenchDatabase } from './support/database';
import { findActionId, percentile, readBack, readResult, type Figures } from './registrations-support';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const PORT = Number(process.env.BENCH_PORT ?? 3390);
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next-bench';
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? String(REQUESTS)).split(',').map((value) => Math.max(1, Math.min(REQUESTS, Number(value) || REQUESTS)));
const EVENT_CAPACITY = 300;
const SESSION_CAPACITY = 30;
const root = path.resolve(__dirname, '..');
const baseUrl = `http://localhost:${PORT}`;

function build(): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  console.log(`[bench:registrations] next build → ${DIST_DIR} (quelques minutes)…`);
  // next build adds its dist dir to tsconfig.json's include list: the shared file is put back as it was.
  const tsconfig = path.join(root, 'tsconfig.json');
  const before = readFileSync(tsconfig, 'utf8');
  // The same output as `next build` without its type check, which is `npm run typecheck`'s job (and
  // would stop the bench on anyone's unfinished file): compile, then prerender.
  for (const mode of ['compile', 'generate']) {
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build', `--experimental-build-mode=${mode}`], {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (readFileSync(tsconfig, 'utf8') !== before) writeFileSync(tsconfig, before);
    if (result.status !== 0) throw new Error(`next build (${mode}) failed:\n${result.stdout}\n${result.stderr}`);
  }
}

async function startApp(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs'), 'start'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PORT), NEXT_DIST_DIR: DIST_DIR, AUTH_URL: baseUrl, TRAME_SEED_DEMO: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (child.exitCode !== null) throw new Error(`the app stopped (code ${child.exitCode})`);
    const up = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the app did not answer /api/health within 2 minutes');
}

async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/** One registration as the form sends it; resolves with its latency and whether it succeeded. */
async function register(actionId: string, slug: string, body: object, index: number): Promise<{ ms: number; ok: boolean; error?: string }> {
  const start = performance.now();
  try {
    const response = await fetch(`${baseUrl}/e/${slug}/inscription`, {
      method: 'POST',
      headers: {
        Accept: 'text/x-component',
        'Content-Type': 'text/plain;charset=UTF-8',
        'Next-Action': actionId,
        Origin: baseUrl,
        // 10.x.y.z: a distinct private address per request.
        'X-Forwarded-For': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
      },
      body: JSON.stringify([body]),
    });
    const text = await response.text();
    const ms = performance.now() - start;
    if (!response.ok) return { ms, ok: false, error: `HTTP ${response.status}` };
    const result = readResult(text);
    return result.ok ? { ms, ok: true } : { ms, ok: false, error: result.error };
  } catch (error) {
    return { ms: performance.now() - start, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function print(label: string, value: string | number): void {
  console.log(`[bench:registrations] ${label} : ${value}`);
}

/** `total` calls of `run`, at most `connections` of them in flight at once. */
async function withConnections<T>(total: number, connections: number, run: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(total);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < total; index = next++) results[index] = await run(index);
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return results;
}

async function main() {
  build();
  const actionId = findActionId(path.join(root, DIST_DIR));
  const server = await startBenchDatabase(`postgres-bench-registrations-${PORT}`);
  let app: ChildProcess | null = null;
  try {
    const { db } = await import('@/lib/server/db');
    const { createOrganisation } = await import('@/tests/factories');
    const { createOpenEvent, createRegistrationSession, buildRegistrationInput } = await import('@/tests/factories/registrations');
    const organisation = await createOrganisation(db());
    app = await startApp(server.url);
    let offset = 0;
    for (const connections of CONNECTIONS) {
      const event = await createOpenEvent(db(), { ownerOrganisationId: organisation.id, capacity: EVENT_CAPACITY });
      const session = await createRegistrationSession(db(), { eventId: event.id, capacity: SESSION_CAPACITY });
      // One request first, so that the figures measure registrations, not the first page load.
      await fetch(`${baseUrl}/e/${event.slug}/inscription`).then((r) => r.text());
      const bodies = Array.from({ length: REQUESTS }, (_, i) =>
        buildRegistrationInput({ eventId: event.id, email: `bench-${offset + i}@exemple.fr`, name: `Personne ${i}`, sessionIds: [session.id] }),
      );
      const t0 = performance.now();
      const results = await withConnections(REQUESTS, connections, (i) => register(actionId, event.slug, bodies[i]!, offset + i));
      const seconds = (performance.now() - t0) / 1000;
      offset += REQUESTS;

      const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
      const errors = results.filter((r) => !r.ok);
      console.log('');
      print('requêtes / connexions simultanées', `${REQUESTS} / ${connections} (action ${actionId.slice(0, 12)}…)`);
      print('durée totale', `${seconds.toFixed(2)} s`);
      print('débit', `${(REQUESTS / seconds).toFixed(1)} req/s`);
      print('latence p50 / p95 / p99 / max', [0.5, 0.95, 0.99, 1].map((p) => `${Math.round(percentile(latencies, p))} ms`).join(' / '));
      print('erreurs', errors.length === 0 ? 0 : `${errors.length} (${[...new Set(errors.map((e) => e.error))].slice(0, 3).join(' | ')})`);

      const figures: Figures = await readBack(db(), event.id, session.id);
      print('événement (300 places) confirmé·es / en attente', `${figures.event.confirmed} / ${figures.event.waiting}`);
      print('atelier (30 places) confirmé·es / en attente', `${figures.session.confirmed} / ${figures.session.waiting}`);
      print('doublons (e-mail)', figures.duplicates);
      print('rangs 1..n contigus (événement, atelier)', `${figures.event.ranksContiguous ? 'oui' : 'NON'}, ${figures.session.ranksContiguous ? 'oui' : 'NON'}`);
      const expected = figures.event.confirmed + figures.event.waiting === REQUESTS - errors.length;
      if (!expected || figures.duplicates > 0 || !figures.event.ranksContiguous || !figures.session.ranksContiguous) process.exitCode = 1;
    }
    await db().$disconnect();
  } finally {
    if (app) await stopApp(app);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
