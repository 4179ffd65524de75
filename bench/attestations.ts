// npm run bench:attestations — the ZIP of the attestations de présence of 500 people (3 days, two
// partners' logos), rendered and zipped as the /evenements/[id]/attestations.zip route does, from
// plain data (the one database read before it is a single query). Prints the total time, the time
// to the first PDF in the archive, and the size.
//
// Loaded through jiti, as bench:bilan: react-pdf's packages are ESM-only.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createJiti } from 'jiti';
import QRCode from 'qrcode';
import React from 'react';
import { printSummary } from './support/summary';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const TARGET_MS = 10_000;
const DAYS = ['2027-03-10', '2027-03-11', '2027-03-12'] as const;

const root = path.resolve(__dirname, '..');
Object.assign(globalThis, { React });
const jiti = createJiti(__filename, { jsx: true, alias: { '@/': `${root}/`, 'server-only': path.join(root, 'tests/support/server-only-stub.ts') } });
const load = <T>(id: string) => jiti.import<T>(id);

async function main() {
  const { certificateFor } = await load<typeof import('@/lib/domain/attestations/certificate-hours')>('@/lib/domain/attestations/certificate-hours');
  const { parisWallClockToUtc } = await load<typeof import('@/lib/domain/dates')>('@/lib/domain/dates');
  const { attestationsZipBuffer } = await load<typeof import('@/lib/server/exports/attestations-zip')>('@/lib/server/exports/attestations-zip');
  const { drawableLogos } = await load<typeof import('@/lib/server/exports/attestation-pdf')>('@/lib/server/exports/attestation-pdf');

  const rule = {
    days: [...DAYS],
    openings: DAYS.map((date) => ({ date, startsAt: parisWallClockToUtc(date, '09:00'), endsAt: parisWallClockToUtc(date, date === DAYS[2] ? '12:30' : '17:30') })),
    sessions: [],
  };
  const logo = async (text: string) => ({ data: await QRCode.toBuffer(text, { scale: 6 }), format: 'png' as const });
  const logos = await drawableLogos([await logo('Hub du Sud numérique'), await logo('Région Sud')]);
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    registrationId: `r${i}`,
    name: `Participant·e ${String(i + 1).padStart(3, '0')} Lefèvre-Nguyễn`,
    email: `p${i}@exemple.fr`,
    organisation: i % 3 === 0 ? null : `Association numérique n° ${i % 40}`,
    certificate: certificateFor(rule, DAYS.filter((_, d) => (i + d) % 4 !== 0).map((date) => ({ date, status: 'present' as const }))),
  }));
  const batch = {
    event: {
      id: 'bench',
      title: 'Rencontre régionale du numérique d’intérêt général',
      slug: 'rencontre',
      dates: '10–12 mars 2027',
      place: 'Parc Chanot, 114 rue Raymond Teisseire, 13008 Marseille',
      online: false,
      organisers: ['Hub du Sud numérique', 'Le Mouvement associatif Provence-Alpes-Côte d’Azur'],
      logos,
      city: 'Marseille',
    },
    signatory: { name: 'Camille Durand', role: 'coordinateur·rice', organisation: 'Hub du Sud numérique' },
    issuedOn: '13 mars 2027',
    people,
  };

  const start = performance.now();
  const cpu = process.cpuUsage();
  let first = 0;
  const zip = await attestationsZipBuffer(batch, (done) => {
    if (done === 1) first = performance.now() - start;
  });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`[bench:attestations] ZIP de ${PEOPLE} attestations : ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms, ${(ms / PEOPLE).toFixed(1)} ms par personne), premier PDF après ${first.toFixed(0)} ms, ${(zip.length / 1024 / 1024).toFixed(1)} Mo`);
  printSummary({ name: `ZIP de ${PEOPLE} attestations`, figure: `${(ms / 1000).toFixed(1)} s`, target: '< 10 s', met: ms < TARGET_MS });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
