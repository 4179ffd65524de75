// autocannon (no type definitions shipped) behind a small typed wrapper, plus a bare node:http
// server in its own process: the practical ceiling of this machine for the same bytes.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

type AutocannonResult = {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;

const autocannon = createRequire(__filename)('autocannon') as Autocannon;

export type LoadFigures = { label: string; rps: number; p50: number; p99: number; failures: number };

export const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
export const LOAD_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export async function measure(label: string, url: string, duration = LOAD_SECONDS): Promise<LoadFigures> {
  const result = await autocannon({ url, connections: LOAD_CONNECTIONS, duration });
  return {
    label,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Starts bench/support/bare-server.ts in a child process serving `body` and resolves with its URL. */
export async function startBareServer(body: string, contentType: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = fork(path.join(__dirname, 'bare-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve(Number(message)));
    child.once('exit', (code) => reject(new Error(`serveur nu arrêté (code ${code})`)));
    child.send({ body, contentType });
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

export function formatFigures(f: LoadFigures): string {
  const failures = f.failures > 0 ? ` — ${f.failures} échecs` : '';
  return `${f.label.padEnd(28)} ${String(f.rps).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms${failures}`;
}
