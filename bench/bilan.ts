// npm run bench:bilan — the PDF and XLSX of a bilan for an event with 5 000 registrations and
// 60 sessions over 3 days, computed by computeBilan from plain inputs (no database: the exports read
// the frozen snapshot only). Prints the median time of a few runs and the sizes.
//
// Loaded through jiti (a dependency of Tailwind and ESLint, always installed): react-pdf's packages
// are ESM-only with "import"-only exports, which tsx's CommonJS loader cannot resolve here.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createJiti } from 'jiti';
import React from 'react';
import type { BilanInput } from '@/lib/domain/bilan/input';
import type { BudgetLine } from '@/lib/domain/budget/line';

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 5_000);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 60);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DAYS = ['2027-03-10', '2027-03-11', '2027-03-12'] as const;
const CATEGORIES = ['CONSEILLER_NUMERIQUE', 'AGENT_COLLECTIVITE', 'ELU', 'ASSOCIATION', 'AUTRE'] as const;

const root = path.resolve(__dirname, '..');
// jiti compiles JSX with the classic runtime: React must be in scope.
Object.assign(globalThis, { React });
const jiti = createJiti(__filename, { jsx: true, alias: { '@/': `${root}/`, 'server-only': path.join(root, 'tests/support/server-only-stub.ts') } });
const load = <T>(id: string) => jiti.import<T>(id);

/** Paris winter time is UTC+1. */
const at = (day: string, hour: number, minute = 0) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour - 1, minute));

function buildInput(questionnaire: BilanInput['questionnaire']): BilanInput {
  const perDay = Math.ceil(SESSIONS / DAYS.length);
  const sessions = Array.from({ length: SESSIONS }, (_, i) => {
    const day = DAYS[Math.floor(i / perDay)] ?? DAYS[2];
    const slot = i % perDay;
    const start = at(day, 9 + Math.floor(slot / 3), (slot % 3) * 20);
    return {
      id: `s${i}`,
      title: `Séance ${i + 1} : accompagner les usages numériques du territoire`,
      formatId: ['atelier', 'pleniere', 'table-ronde', 'forum'][i % 4] ?? 'atelier',
      customFormat: null,
      startsAt: start,
      endsAt: new Date(start.getTime() + 50 * 60_000),
      dayDate: day,
      room: `Salle ${(i % 6) + 1}`,
      speakerIds: [`p${i % 40}`, `p${(i + 7) % 40}`],
      cancelled: i % 29 === 28,
      cancelReason: i % 29 === 28 ? 'Intervenant·e indisponible' : null,
      countsAsContent: null,
    };
  });
  const registrations = Array.from({ length: REGISTRATIONS }, (_, i) => ({
    id: `r${i}`,
    audienceCategory: CATEGORIES[i % CATEGORIES.length]!,
    status: i % 23 === 0 ? ('cancelled' as const) : ('confirmed' as const),
    isSpeaker: false,
    isWalkIn: i % 97 === 0,
    days: i % 3 === 0 ? ([DAYS[0]] as string[]) : null,
  }));
  const attendance = registrations.flatMap((r, i) =>
    DAYS.filter((day) => r.days === null || r.days.includes(day)).map((day) => ({ registrationId: r.id, day, status: i % 9 === 0 ? ('absent' as const) : i % 31 === 0 ? ('excused' as const) : ('present' as const) })),
  );
  const budgetLines = Array.from({ length: 120 }, (_, i): BudgetLine => ({
    id: `b${i}`,
    kind: i % 5 === 0 ? 'produit' : 'charge',
    category: i % 5 === 0 ? 'subvention' : (['achats', 'intervenants', 'deplacements', 'communication', 'location', 'personnel'] as const)[i % 6]!,
    label: `Ligne ${i + 1}`,
    forecastCents: 50_000 + i * 1_000,
    actualCents: 52_000 + i * 900,
    inKind: false,
  }) as unknown as BudgetLine);
  return {
    event: { id: 'bench', title: 'Rencontre régionale — banc d’essai', startsAt: at(DAYS[0], 9), endsAt: at(DAYS[2], 17), mode: 'PRESENTIEL', venueName: 'Parc Chanot', venueAddress: 'Marseille', territoryName: 'Bouches-du-Rhône', themes: ['Inclusion numérique'], level: 3, objective: 'Se rencontrer', participantMin: 4_000, participantMax: 5_000 },
    organisers: [{ id: 'o1', name: 'Hub du Sud numérique', role: 'owner' }],
    days: DAYS.map((date) => ({ date, startsAt: at(date, 9), endsAt: at(date, 17) })),
    sessions,
    speakers: Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, name: `Intervenant·e ${i + 1}`, scope: i % 3 === 0 ? 'NATIONAL' : 'LOCAL', gender: i % 2 === 0 ? 'FEMME' : 'HOMME' }) as const),
    registrations,
    attendance,
    audiences: CATEGORIES.map((category) => ({ category, territoryTotal: 2_000 })),
    budgetLines,
    texts: null,
    questionnaire,
    now: new Date('2027-04-01T10:00:00Z'),
  };
}

/** Wall time, and the process's CPU time: the latter stays meaningful when others load the machine. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main() {
  const { computeBilan } = await load<typeof import('@/lib/domain/bilan/compute')>('@/lib/domain/bilan/compute');
  const { sampleQuestionnaire } = await load<typeof import('@/tests/factories/bilan-snapshot-parts')>('@/tests/factories/bilan-snapshot-parts');
  const { renderBilanPdf } = await load<typeof import('@/lib/server/exports/bilan-pdf')>('@/lib/server/exports/bilan-pdf');
  const { bilanXlsx } = await load<typeof import('@/lib/server/exports/bilan-xlsx')>('@/lib/server/exports/bilan-xlsx');

  const computed = await timed(async () => computeBilan(buildInput(sampleQuestionnaire())));
  const snapshot = computed.value;
  console.log(`computeBilan: ${REGISTRATIONS} registrations, ${SESSIONS} sessions → ${snapshot.quantitative.participants.total} participants in ${computed.ms.toFixed(0)} ms`);
  const meta = { versionNumber: 1, validatedAt: new Date(), logos: [] };
  const pdfTimes: number[] = [];
  const pdfCpu: number[] = [];
  const xlsxTimes: number[] = [];
  let pdfBytes = 0;
  let xlsxBytes = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const pdf = await timed(() => renderBilanPdf(snapshot, meta));
    const xlsx = await timed(() => bilanXlsx(snapshot, { number: 1, validatedAt: meta.validatedAt }));
    pdfTimes.push(pdf.ms);
    pdfCpu.push(pdf.cpuMs);
    xlsxTimes.push(xlsx.ms);
    pdfBytes = pdf.value.length;
    xlsxBytes = xlsx.value.length;
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  console.log(`PDF : median ${median(pdfTimes).toFixed(0)} ms over ${RUNS} runs (first ${pdfTimes[0]?.toFixed(0)} ms; CPU median ${median(pdfCpu).toFixed(0)} ms), ${kb(pdfBytes)}`);
  console.log(`XLSX: median ${median(xlsxTimes).toFixed(0)} ms over ${RUNS} runs (first ${xlsxTimes[0]?.toFixed(0)} ms), ${kb(xlsxBytes)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
