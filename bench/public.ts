// npm run bench:public — requests per second and p50/p99 latency of a 60-session public event page,
// its .ics feed, its frab schedule.xml and the read API (/api/v1), served by the production build,
// next to a bare node:http server returning the same HTML bytes (the ceiling of this machine). Starts
// and stops everything it needs.
import { startApp } from './support/app';
import { formatFigures, LOAD_CONNECTIONS, LOAD_SECONDS, measure, startBareServer } from './support/load';
import { BENCH_SESSIONS, seedPublicEvent } from './support/seed-public';
import { printSummary } from './support/summary';

const PORT = Number(process.env.BENCH_PORT ?? 3325);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-bench-public';

async function warm(url: string, times: number): Promise<string> {
  let body = '';
  for (let i = 0; i < times; i += 1) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} → ${response.status}`);
    body = await response.text();
  }
  return body;
}

async function main() {
  // One client asks thousands of times a second: the read API's per-address limit would answer 429.
  process.env.API_RATE_LIMIT_PER_MINUTE = '1000000';
  const app = await startApp({ distDir: DIST_DIR, port: PORT, name: 'bench-public' });
  let bare: Awaited<ReturnType<typeof startBareServer>> | undefined;
  try {
    const { slug } = await seedPublicEvent(app.databaseUrl);
    // 127.0.0.1 rather than localhost so that both servers are reached the same way.
    const origin = app.baseUrl.replace('localhost', '127.0.0.1');
    const pageUrl = `${origin}/e/${slug}`;
    const html = await warm(pageUrl, 20);
    await warm(`${pageUrl}/calendar.ics`, 20);
    const feeds = [`${pageUrl}/schedule.xml`, `${origin}/api/v1/events`, `${origin}/api/v1/events/${slug}`];
    for (const url of feeds) await warm(url, 20);
    bare = await startBareServer(html, 'text/html; charset=utf-8');
    console.log(`[bench:public] ${BENCH_SESSIONS} séances, page de ${(Buffer.byteLength(html) / 1024).toFixed(1)} Ko ; ${LOAD_CONNECTIONS} connexions, ${LOAD_SECONDS} s par mesure`);

    const baseline = await measure('node:http nu (même HTML)', bare.url);
    const page = await measure(`/e/${slug}`, pageUrl);
    const ics = await measure(`/e/${slug}/calendar.ics`, `${pageUrl}/calendar.ics`);
    const [schedule, apiList, apiEvent] = [
      await measure('schedule.xml', feeds[0]!),
      await measure('/api/v1/events', feeds[1]!),
      await measure(`/api/v1/events/${slug}`, feeds[2]!),
    ];
    for (const figures of [baseline, page, ics, schedule, apiList, apiEvent]) console.log(`[bench:public] ${formatFigures(figures)}`);

    const ratio = baseline.rps > 0 ? page.rps / baseline.rps : 0;
    console.log(`[bench:public] rapport page / node:http nu : ${(ratio * 100).toFixed(0)} % (objectif ≥ 50 %, p99 < 100 ms)`);
    printSummary({ name: 'Page publique (req/s vs node nu)', figure: `${page.rps} req/s = ${(ratio * 100).toFixed(0)} % de ${baseline.rps}`, target: '≥ 50 %', met: ratio >= 0.5 });
    printSummary({ name: 'Page publique p99', figure: `${page.p99} ms (p50 ${page.p50} ms)`, target: '< 100 ms', met: page.p99 < 100 });
    printSummary({ name: 'Flux .ics', figure: `${ics.rps} req/s, p99 ${ics.p99} ms`, target: 'p99 < 100 ms', met: ics.p99 < 100 });
    for (const feed of [schedule, apiList, apiEvent]) {
      printSummary({ name: `Format ouvert ${feed.label}`, figure: `${feed.rps} req/s, p99 ${feed.p99} ms`, target: '≥ 500 req/s, p99 < 50 ms', met: feed.rps >= 500 && feed.p99 < 50 });
    }
    if ([page, ics, schedule, apiList, apiEvent].some((figures) => figures.failures > 0)) throw new Error('des requêtes ont échoué pendant la mesure');
  } finally {
    bare?.stop();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
