// npm run bench:messages — a group message to 2 000 people (issue 17): queued through the real action
// (< 2 s), then delivered by the real pg-boss worker to a local SMTP server (smtp-server, as in the
// tests) (≥ 50 messages/s), and the p95 of a page's data read while the worker sends, as a ratio of
// the same read on an idle queue. Everything runs in one process, as in the app, where the worker
// shares the server's event loop (instrumentation.ts).
// The app's modules are loaded through jiti with 'server-only' stubbed, as the integration tests do.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createJiti } from 'jiti';
import { startBenchDatabase } from './support/database';
import { printSummary } from './support/summary';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGE_READS = Number(process.env.BENCH_PAGE_READS ?? 30);
const DELIVERY_SECONDS = Number(process.env.BENCH_DELIVERY_SECONDS ?? 60);
// Pages read while the worker sends: one every PAGE_INTERVAL_MS, i.e. 10 coordinators' page views a
// second by default (back to back, the reads themselves would be the load being measured).
const PAGE_INTERVAL_MS = Number(process.env.BENCH_PAGE_INTERVAL_MS ?? 100);
const root = path.resolve(__dirname, '..');
const jiti = createJiti(__filename, { alias: { '@/': `${root}/`, 'server-only': path.join(root, 'tests/support/server-only-stub.ts') } });
const load = <T>(id: string) => jiti.import<T>(id);

const sorted = (times: number[]) => [...times].sort((a, b) => a - b);
const p = (times: number[], q: number) => Math.round(sorted(times)[Math.min(times.length - 1, Math.floor(q * times.length))]!);

async function main() {
  const server = await startBenchDatabase('postgres-bench-messages');
  try {
    process.env.AUTH_SECRET ??= 'banc-de-mesure-des-messages-groupes';
    const { db } = await load<typeof import('@/lib/server/db')>('@/lib/server/db');
    const { runAsCaller } = await load<typeof import('@/lib/server/current-user')>('@/lib/server/current-user');
    const { sendGroupMessageAction } = await load<typeof import('@/lib/server/actions/group-messages')>('@/lib/server/actions/group-messages');
    const { getGroupMessageStatus } = await load<typeof import('@/lib/server/queries/group-messages')>('@/lib/server/queries/group-messages');
    const { startMailWorker } = await load<typeof import('@/lib/server/mail/worker')>('@/lib/server/mail/worker');
    const { stopBoss } = await load<typeof import('@/lib/server/mail/boss')>('@/lib/server/mail/boss');
    const { createUser } = await load<typeof import('@/tests/factories')>('@/tests/factories');
    const { createOpenEvent } = await load<typeof import('@/tests/factories/registrations')>('@/tests/factories/registrations');
    const { startSmtpCapture } = await load<typeof import('@/tests/support/smtp-capture')>('@/tests/support/smtp-capture');

    const coordinator = await createUser(db(), { role: 'COORDINATOR' });
    const caller = { userId: coordinator.id, organisationId: coordinator.organisationId };
    // One event per run, each with its own 2 000 confirmed people: every run queues a fresh message.
    const events: Array<{ id: string }> = [];
    for (let run = 0; run < RUNS; run += 1) {
      const event = await createOpenEvent(db(), { ownerOrganisationId: coordinator.organisationId });
      await db().registration.createMany({
        data: Array.from({ length: RECIPIENTS }, (_, i) => ({
          eventId: event.id,
          email: `personne-${run}-${i}@exemple.fr`,
          name: `Personne ${i}`,
          category: 'AUTRE' as const,
          status: 'CONFIRMED' as const,
          tokenHash: `banc-${event.id}-${i}`,
          consentAt: new Date(),
        })),
      });
      events.push(event);
    }
    const compose = (eventId: string) => ({
      eventId,
      segment: 'confirmed' as const,
      subject: 'Infos pratiques pour {{nom}}',
      body: 'Bonjour {{nom}},\nRendez-vous à {{lieu}} pour « {{evenement}} ». Pensez à votre pièce d’identité.',
    });

    // 1. Queueing: the action as the compose page calls it (outbox rows and jobs in one transaction).
    const queueTimes: number[] = [];
    const messageIds: string[] = [];
    for (const event of events) {
      const started = performance.now();
      const result = await runAsCaller(caller, () => sendGroupMessageAction(compose(event.id)));
      queueTimes.push(performance.now() - started);
      if (!result.ok || result.data.count !== RECIPIENTS) throw new Error(`envoi refusé : ${JSON.stringify(result)}`);
      messageIds.push(result.data.id);
    }
    const queueMedian = p(queueTimes, 0.5);
    console.log(`[bench:messages] mise en file de ${RECIPIENTS} messages : ${queueTimes.map(Math.round).join(' / ')} ms (médiane ${queueMedian} ms)`);

    // 2. A page read on an idle queue: the status page of the first message (2 000 copies).
    const readPage = async () => {
      const started = performance.now();
      await runAsCaller(caller, () => getGroupMessageStatus(events[0]!.id, messageIds[0]!));
      return performance.now() - started;
    };
    const idle: number[] = [];
    for (let i = 0; i < PAGE_READS; i += 1) idle.push(await readPage());

    // 3. Delivery by the real worker to a local SMTP server, the page read again meanwhile.
    const smtp = await startSmtpCapture();
    const target = RECIPIENTS;
    const started = performance.now();
    await startMailWorker({ smtpUrl: smtp.url, pollingIntervalSeconds: 0.5 });
    const busy: number[] = [];
    // At most DELIVERY_SECONDS of sending: the rate is what was received in that time.
    while (smtp.messages.length < target && performance.now() - started < DELIVERY_SECONDS * 1000) {
      const took = await readPage();
      busy.push(took);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, PAGE_INTERVAL_MS - took)));
    }
    const seconds = (performance.now() - started) / 1000;
    const delivered = smtp.messages.length;
    const rate = Math.round(delivered / seconds);
    console.log(`[bench:messages] ${delivered} messages reçus par le serveur SMTP en ${seconds.toFixed(1)} s : ${rate} messages/s`);
    const idleP95 = p(idle, 0.95);
    const busyP95 = p(busy, 0.95);
    const ratio = (busyP95 / Math.max(1, idleP95)).toFixed(1);
    console.log(
      `[bench:messages] page « État d’un message » (${RECIPIENTS} copies) : p95 ${idleP95} ms au repos, ${busyP95} ms pendant l’envoi (× ${ratio}, ${busy.length} lectures, une toutes les ${PAGE_INTERVAL_MS} ms)`,
    );
    console.log(`[bench:messages] machine : ${os.cpus().length} cœurs, charge ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}`);
    printSummary({ name: `Message groupé, ${RECIPIENTS} destinataires mis en file (médiane)`, figure: `${queueMedian} ms`, target: '< 2 s', met: queueMedian < 2000 });
    printSummary({ name: 'Envoi par SMTP local', figure: `${rate} messages/s`, target: '≥ 50 messages/s', met: rate >= 50 });
    printSummary({ name: 'Page pendant l’envoi (p95, ratio au repos)', figure: `${busyP95} ms (× ${ratio})`, target: 'rapporté', met: null });
    await stopBoss();
    await smtp.close();
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
