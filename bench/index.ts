// npm run bench — runs the benchmarks one after another (each starts and stops what it needs) and
// prints one table. A benchmark whose npm script does not exist yet is listed as « absent ».
// Benchmarks are not part of `npm test`: they print figures, they do not assert timings.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './support/app';
import { parseSummaries, type SummaryRow } from './support/summary';

const BENCHES = ['bench:public', 'bench:registrations', 'bench:import', 'bench:bilan', 'bench:checkin', 'bench:checkin-page', 'bench:emargement', 'bench:attestations', 'bench:funder', 'bench:messages', 'bench:js'] as const;

// Figures of benchmarks that do not print BENCH_SUMMARY lines, read from their own output.
type Fallback = { pattern: RegExp; name: string; target: string; met: (m: RegExpMatchArray) => boolean };
const FALLBACKS: Record<string, Fallback[]> = {
  'bench:import': [{ pattern: /total : (\d+) ms/, name: 'Import de 10 000 lignes', target: '< 2 s', met: (m) => Number(m[1]) < 2000 }],
  'bench:bilan': [{ pattern: /PDF : median (\d+) ms/, name: 'PDF du bilan, 5 000 inscriptions (médiane)', target: '< 1 s', met: (m) => Number(m[1]) < 1000 }],
  'bench:emargement': [{ pattern: /personnes : median (\d+) ms/, name: 'Feuille d’émargement, 1 000 personnes (médiane)', target: '< 2 s', met: (m) => Number(m[1]) < 2000 }],
};

/** Last resort: every « [bench:x] label : value » line becomes a row without target. */
function labelledLines(script: string, output: string): SummaryRow[] {
  const prefix = `[${script}] `;
  return output
    .split('\n')
    .filter((line) => line.startsWith(prefix) && line.includes(' : '))
    .map((line) => {
      const [name = '', ...rest] = line.slice(prefix.length).split(' : ');
      return { name, figure: rest.join(' : '), target: '—', met: null };
    });
}

function run(script: string): Promise<{ code: number; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

function rowsOf(script: string, code: number, output: string): SummaryRow[] {
  const rows = parseSummaries(output);
  if (rows.length === 0) {
    for (const fallback of FALLBACKS[script] ?? []) {
      const match = output.match(fallback.pattern);
      if (match) rows.push({ name: fallback.name, figure: `${match[1]} ms`, target: fallback.target, met: fallback.met(match) });
    }
  }
  if (rows.length === 0) rows.push(...labelledLines(script, output));
  if (code !== 0) rows.push({ name: script, figure: `échec (code ${code})`, target: '—', met: false });
  if (rows.length === 0) rows.push({ name: script, figure: 'terminé, sans chiffre lisible', target: '—', met: null });
  return rows;
}

function printTable(rows: Array<SummaryRow & { bench: string }>) {
  const cells = rows.map((r) => [r.bench, r.name, r.figure, r.target, r.met === null ? '—' : r.met ? 'oui' : 'NON']);
  const header = ['Banc', 'Mesure', 'Chiffre', 'Objectif', 'Atteint ?'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' │ ');
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}`);
  for (const c of cells) console.log(line(c));
}

async function main() {
  const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const rows: Array<SummaryRow & { bench: string }> = [];
  const started = Date.now();
  for (const bench of BENCHES) {
    if (!scripts[bench]) {
      rows.push({ bench, name: '—', figure: 'absent', target: '—', met: null });
      continue;
    }
    console.log(`\n=== npm run ${bench} ===`);
    const { code, output, seconds } = await run(bench);
    for (const row of rowsOf(bench, code, output)) rows.push({ ...row, bench: `${bench} (${seconds} s)` });
  }
  printTable(rows);
  console.log(`\nDurée totale : ${Math.round((Date.now() - started) / 1000)} s`);
}

void main();
