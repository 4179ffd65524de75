// npm run bench:emargement — the attendance sheet PDF of one day with 1 000 expected people (target
// under 2 s), built from plain inputs by the same rule and renderer as the route (no database).
// Prints the median time of a few runs (wall and CPU: the latter stays meaningful when others load
// the machine), the page count and the size. BENCH_PEOPLE and BENCH_RUNS
// change the figures; BENCH_OUT=/tmp/feuille.pdf keeps the last PDF to look at.
//
// Loaded through jiti, like bench:bilan: react-pdf's packages are ESM-only.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createJiti } from 'jiti';
import React from 'react';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DAY = '2027-03-11';
const TARGET_MS = 2_000;

const root = path.resolve(__dirname, '..');
// jiti compiles JSX with the classic runtime: React must be in scope.
Object.assign(globalThis, { React });
const jiti = createJiti(__filename, { jsx: true, alias: { '@/': `${root}/`, 'server-only': path.join(root, 'tests/support/server-only-stub.ts') } });
const load = <T>(id: string) => jiti.import<T>(id);

const FIRST = ['Amina', 'Bastien', 'Chloé', 'David', 'Élodie', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Julien', 'Karima', 'Léo'];
const LAST = ['Diallo', 'Roux', 'Nguyen', 'Martin', 'Benali', 'Durand', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine'];

async function main() {
  const { attendanceSheetRows } = await load<typeof import('@/lib/domain/registrations/attendance-sheet')>('@/lib/domain/registrations/attendance-sheet');
  const { fundingMentions } = await load<typeof import('@/lib/domain/budget/funding-mentions')>('@/lib/domain/budget/funding-mentions');
  const { renderAttendanceSheetPdf } = await load<typeof import('@/lib/server/attendance-sheets/sheet-pdf')>('@/lib/server/attendance-sheets/sheet-pdf');

  const registrations = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `r${i}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}-${i}`,
    organisation: i % 4 === 0 ? null : `Structure d’accompagnement numérique n° ${i % 37}`,
    status: 'confirmed' as const,
    isSpeaker: false,
    isWalkIn: false,
    days: null,
  }));
  const mentions = fundingMentions([
    { kind: 'produit', inKind: false, funderName: 'FSE+', funderType: 'fonds-europeens', forecastCents: 1_000_000, actualCents: null },
    { kind: 'produit', inKind: false, funderName: 'ANCT', funderType: 'etat', forecastCents: 500_000, actualCents: null },
  ]);
  const started = performance.now();
  const rows = attendanceSheetRows({ day: DAY, registrations, attendance: [], now: new Date('2027-03-01T10:00:00Z') });
  const rulesMs = performance.now() - started;
  const sheet = {
    ...rows,
    title: 'Rencontre régionale du numérique d’intérêt général — banc d’essai',
    dateLabel: 'jeudi 11 mars 2027 — 9 h – 17 h',
    venue: 'Parc Chanot, Marseille',
    organisers: ['Hub du Sud numérique', 'Mouvement associatif Provence-Alpes-Côte d’Azur'],
    mentions,
    logos: [],
  };
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    pdf = await renderAttendanceSheetPdf(sheet);
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - start);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const median = medianOf(times);
  console.log(`rows: ${rows.rows.length} expected + ${rows.blankRows} blank in ${rulesMs.toFixed(1)} ms`);
  console.log(`Émargement PDF, ${PEOPLE} personnes : median ${median.toFixed(0)} ms over ${RUNS} runs (first ${times[0]?.toFixed(0)} ms; CPU median ${medianOf(cpuTimes).toFixed(0)} ms), ${pages} pages, ${(pdf.length / 1024).toFixed(0)} kB — target < ${TARGET_MS} ms: ${median < TARGET_MS ? 'met' : 'NOT met'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
