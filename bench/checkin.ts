// npm run bench:checkin — the server side of a QR scan at the door, with 1 000 expected people: the
// code is checked, the person locked, the tap recorded and the status written, in one transaction, as
// the check-in action does. Target (issue 16): scan → marked → feedback under 300 ms p95; the
// feedback itself is drawn by the browser from this answer.
// Run with the react-server condition (see package.json): lib/server modules are 'server-only'.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { startBenchDatabase } from './support/database';
import { printSummary } from './support/summary';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000);
const SCANS = Number(process.env.BENCH_SCANS ?? 300);

async function main() {
  const server = await startBenchDatabase();
  try {
    process.env.AUTH_SECRET ??= 'banc-de-mesure-du-pointage-seulement';

    const { db } = await import('@/lib/server/db');
    const { recordTaps } = await import('@/lib/server/checkin/taps');
    const { checkinCodeFor } = await import('@/lib/server/checkin/checkin-token');
    const { createEvent, createOrganisation } = await import('@/tests/factories');
    const organisation = await createOrganisation(db());
    const event = await createEvent(db(), { ownerOrganisationId: organisation.id, startsAt: new Date('2027-02-11T08:00:00Z'), endsAt: new Date('2027-02-11T17:00:00Z') });
    await db().registration.createMany({
      data: Array.from({ length: PEOPLE }, (_, i) => ({
        eventId: event.id,
        email: `personne-${i}@exemple.fr`,
        name: `Personne ${i}`,
        category: 'AUTRE',
        status: 'CONFIRMED' as const,
        tokenHash: randomUUID() + randomUUID(),
        consentAt: new Date(),
      })),
    });
    const ids = (await db().registration.findMany({ where: { eventId: event.id }, select: { id: true } })).map((r) => r.id);
    const author = { markedBy: 'Banc de mesure' };
    const times: number[] = [];
    for (let i = 0; i < SCANS; i += 1) {
      const tap = { tapId: randomUUID(), date: '2027-02-11', tappedAt: new Date(), code: checkinCodeFor(ids[i % ids.length]!), status: 'PRESENT' as const };
      const t0 = performance.now();
      const [outcome] = await db().$transaction((tx) => recordTaps(tx, event.id, [tap], author));
      times.push(performance.now() - t0);
      if (!outcome?.ok) throw new Error(`scan refused: ${JSON.stringify(outcome)}`);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
    const p95 = p(0.95);
    console.log(`[bench:checkin] ${PEOPLE} personnes attendues, ${SCANS} scans : médiane ${p(0.5)} ms, p95 ${p95} ms, max ${Math.round(times.at(-1)!)} ms`);
    printSummary({ name: 'Scan → pointé (serveur, 1 000 attendu·es)', figure: `p95 ${p95} ms`, target: '< 300 ms', met: p95 < 300 });
    await db().$disconnect();
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
