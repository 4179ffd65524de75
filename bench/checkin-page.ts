// npm run bench:checkin-page — what a phone downloads when it opens the check-in page of an event
// with 1 000 expected people (and 10 000, to show how it grows): the coordinator's page
// (/evenements/<id>/pointage, signed in through Auth.js as a person would) and the volunteer's page
// (/pointage/<secret>, with the cookie its PIN gives), served by the production build.
//
// Target (issue 16): « la page de pointage pour 1 000 attendu·es fait moins de 300 Ko de HTML ». Read
// strictly: the RAW bytes of the HTML document (the rendered markup AND the RSC payload Next inlines
// in it, before any compression) must stay under 300 kB (300 000 bytes) for 1 000 people, on both
// pages. Gzip and Brotli sizes (node:zlib, what goes on the wire) are printed beside, for information.
// The page is the first day's, with its taps and sessions; BENCH_PEOPLE (default 1 000) and
// BENCH_PEOPLE_GROWTH (default 10 × that) set the two sizes. Starts and stops everything it needs.
// Run with the react-server condition (see package.json): the volunteer's proof is made by
// lib/server/checkin/volunteer-links.ts, a 'server-only' module.
//
// It also prints what the check-in board downloads every 30 s while a page is open: before, the whole
// page again (`router.refresh()`: a GET of the page with the `RSC: 1` header, measured here as such);
// now, the list's version, asked through a server action (lib/server/actions/checkin*.ts): a POST to
// the page's address with the `Next-Action: <id>` header (id read from the build's
// server-reference-manifest.json) and the body `[{"eventId","day"}]` (+ `secret`, `proof` for a
// volunteer); its answer, a few dozen bytes of RSC, is measured as received. The page is fetched
// again only when the version changed. NEXT_DIST_DIR=.next reuses the build the e2e tests made.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from '@/prisma/generated/client';
import { createUser } from '@/tests/factories';
import { root, startApp } from './support/app';
import { seedCheckInEvent } from './support/seed-checkin';
import { printSummary } from './support/summary';

const PORT = Number(process.env.BENCH_PORT ?? 3327);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-bench-checkin';
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000);
const GROWTH = Number(process.env.BENCH_PEOPLE_GROWTH ?? PEOPLE * 10);
const TARGET_BYTES = 300_000;
const FETCHES = 3;
// A check every 30 s during a 4-hour event day.
const CHECKS_PER_DAY = (4 * 3_600) / 30;

type Figures = { raw: number; flight: number; gzip: number; brotli: number; ms: number };

/** The RSC payload Next inlines in the document: the contents of its `self.__next_f.push(…)` scripts. */
function flightBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)) total += Buffer.byteLength(match[1] ?? '');
  return total;
}

async function measurePage(url: string, cookie: string, marker: string): Promise<Figures> {
  let html = '';
  const times: number[] = [];
  for (let i = 0; i < FETCHES; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    html = await response.text();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${url} → ${response.status}`);
  }
  // A sign-in page or a PIN form would be small for the wrong reason.
  if (!html.includes(marker)) throw new Error(`${url} ne montre pas la liste de pointage (« ${marker} » absent)`);
  const body = Buffer.from(html);
  times.sort((a, b) => a - b);
  return {
    raw: body.length,
    flight: flightBytes(html),
    gzip: gzipSync(body, { level: 6 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length,
    ms: Math.round(times[Math.floor(times.length / 2)]!),
  };
}

/** The bytes of what the board received every 30 s before: the page again, as `router.refresh()` asks for it. */
async function measureRefresh(url: string, cookie: string, day: string): Promise<number> {
  // Next answers a bare `RSC: 1` GET with a redirect to the same address plus its cache-busting `_rsc` parameter.
  const response = await fetch(url, { headers: { cookie, rsc: '1' } });
  const body = Buffer.from(await response.arrayBuffer());
  // The board's props are in it (its texts are in the client bundle): the day, among them.
  if (response.status !== 200 || !body.toString().includes(`"day":"${day}"`)) throw new Error(`${url} (RSC) → ${response.status}`);
  return body.length;
}

/** A server action's id in the build, by its exported name. */
function actionId(distDir: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0];
  if (!id) throw new Error(`action ${name} absente du build ${distDir}`);
  return id;
}

/** The bytes of the version answer, and its median time: the server action POSTed as the board sends it. */
async function measureVersion(baseUrl: string, pagePath: string, cookie: string, id: string, input: Record<string, string>) {
  let body = '';
  const times: number[] = [];
  for (let i = 0; i < FETCHES; i += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${pagePath}`, {
      method: 'POST',
      headers: { cookie, origin: baseUrl, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', 'next-action': id },
      body: JSON.stringify([input]),
    });
    body = await response.text();
    times.push(performance.now() - started);
    if (response.status !== 200 || !body.includes('"ok":true')) throw new Error(`${pagePath} (version) → ${response.status} ${body.slice(0, 200)}`);
  }
  times.sort((a, b) => a - b);
  return { bytes: Buffer.byteLength(body), ms: Math.round(times[Math.floor(times.length / 2)]!) };
}

/** Signs in through Auth.js's own endpoints, as the sign-in form does, and returns the session cookie. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const pair = (line: string) => line.split(';')[0]!;
  const csrfCookie = csrf.headers.getSetCookie().map(pair).find((c) => c.includes('authjs.csrf-token'));
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie ?? '', origin: baseUrl },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  const session = response.headers.getSetCookie().map(pair).find((c) => c.startsWith('authjs.session-token=') && c !== 'authjs.session-token=');
  if (!session) throw new Error(`connexion refusée (${response.status})`);
  return session;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function line(label: string, people: number, f: Figures): string {
  return `${label}, ${people} personnes : ${kB(f.raw)} brut (dont RSC ${kB(f.flight)}), gzip ${kB(f.gzip)}, brotli ${kB(f.brotli)} ; ${(f.raw / people).toFixed(0)} o/personne brut, ${(f.gzip / people).toFixed(1)} o/personne gzip ; ${f.ms} ms`;
}

async function main() {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  const app = await startApp({ distDir: DIST_DIR, port: PORT, name: 'bench-checkin-page' });
  process.env.DATABASE_URL = app.databaseUrl;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: app.databaseUrl }) });
  try {
    const { createVolunteerLink, sessionProof, VOLUNTEER_COOKIE } = await import('@/lib/server/checkin/volunteer-links');
    const { checkInVersionQuery } = await import('@/lib/server/queries/checkin-version');
    const results: Array<{ people: number; coordinator: Figures; volunteer: Figures; refresh: number; version: number }> = [];
    for (const people of [PEOPLE, GROWTH]) {
      const seeded = Date.now();
      const { eventId, day } = await seedCheckInEvent(db, people);
      const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { ownerOrganisationId: true } });
      const coordinator = await createUser(db, { organisationId: event.ownerOrganisationId, role: 'ADMIN' });
      const link = await createVolunteerLink(db, { eventId, label: 'Accueil', hours: 12, createdBy: coordinator.name });
      const stored = await db.checkInLink.findUniqueOrThrow({ where: { id: link.id }, select: { id: true, secretHash: true, pinHash: true } });
      console.log(`[bench:checkin-page] ${people} personnes, 3 jours, semées en ${Math.round((Date.now() - seeded) / 1000)} s`);

      const session = await signIn(app.baseUrl, coordinator.email, coordinator.password);
      const coordinatorFigures = await measurePage(`${app.baseUrl}/evenements/${eventId}/pointage?jour=${day}`, session, 'Rechercher une personne');
      const volunteerFigures = await measurePage(`${app.baseUrl}/pointage/${link.secret}?jour=${day}`, `${VOLUNTEER_COOKIE}=${sessionProof(stored)}`, 'Rechercher une personne');
      console.log(`[bench:checkin-page] ${line('coordination', people, coordinatorFigures)}`);
      console.log(`[bench:checkin-page] ${line('bénévole', people, volunteerFigures)}`);

      // Every 30 s: the page again (before), or the version (now). The tables' statistics first, as
      // autovacuum would have them after such a load: just seeded, the planner thinks them empty and
      // compares every registration with every attendance row (~40 ms for 1 000 people instead of ~1).
      await db.$executeRaw`ANALYZE "Registration", "Attendance"`;
      const volunteerCookie = `${VOLUNTEER_COOKIE}=${sessionProof(stored)}`;
      const refresh = await measureRefresh(`${app.baseUrl}/pointage/${link.secret}?jour=${day}`, volunteerCookie, day);
      const volunteerVersion = await measureVersion(app.baseUrl, `/pointage/${link.secret}?jour=${day}`, volunteerCookie, actionId(DIST_DIR, 'volunteerCheckInVersionAction'), {
        secret: link.secret,
        proof: sessionProof(stored),
        eventId,
        day,
      });
      const coordinatorVersion = await measureVersion(app.baseUrl, `/evenements/${eventId}/pointage?jour=${day}`, session, actionId(DIST_DIR, 'checkInVersionAction'), {
        eventId,
        day,
      });
      console.log(
        `[bench:checkin-page] toutes les 30 s, ${people} personnes : avant, la page à nouveau ${kB(refresh)} (RSC) ; maintenant, la version ${volunteerVersion.bytes} o en ${volunteerVersion.ms} ms (bénévole), ${coordinatorVersion.bytes} o en ${coordinatorVersion.ms} ms (coordination), et la page seulement quand elle a changé`,
      );
      console.log(
        `[bench:checkin-page] sur 4 h sans changement (${CHECKS_PER_DAY} vérifications) : avant ${(refresh * CHECKS_PER_DAY / 1e6).toFixed(1)} Mo, maintenant ${(volunteerVersion.bytes * CHECKS_PER_DAY / 1e3).toFixed(1)} kB`,
      );
      // The version's query, as PostgreSQL runs it (no index of its own: the registrations by event, then
      // each one's attendance row of the day by the primary key).
      const plan = await db.$queryRaw<Array<{ 'QUERY PLAN': string }>>(Prisma.sql`EXPLAIN ANALYZE ${checkInVersionQuery(eventId, day)}`);
      for (const row of plan) console.log(`[bench:checkin-page]   ${row['QUERY PLAN']}`);
      results.push({ people, coordinator: coordinatorFigures, volunteer: volunteerFigures, refresh, version: volunteerVersion.bytes });
    }
    const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
    const growth = (pick: (r: (typeof results)[0]) => Figures) => (pick(large).raw - pick(small).raw) / (large.people - small.people);
    console.log(
      `[bench:checkin-page] croissance de ${small.people} à ${large.people} personnes : coordination ${growth((r) => r.coordinator).toFixed(0)} o/personne, bénévole ${growth((r) => r.volunteer).toFixed(0)} o/personne (HTML brut)`,
    );
    for (const [name, pick] of [
      ['coordination', (r: (typeof results)[0]) => r.coordinator],
      ['bénévole', (r: (typeof results)[0]) => r.volunteer],
    ] as const) {
      const figures = pick(small);
      printSummary({
        name: `Page de pointage (${name}), ${small.people} attendu·es`,
        figure: `${kB(figures.raw)} de HTML brut (gzip ${kB(figures.gzip)}) ; ${kB(pick(large).raw)} pour ${large.people}`,
        target: '< 300 kB de HTML brut pour 1 000',
        met: small.people === 1_000 ? figures.raw < TARGET_BYTES : null,
      });
    }
    printSummary({
      name: `Vérification du pointage toutes les 30 s, ${small.people} attendu·es`,
      figure: `${small.version} o de version au lieu de ${kB(small.refresh)} de page (RSC) ; la page seulement quand elle a changé`,
      target: 'ne retélécharger la page que si quelque chose a changé',
      met: null,
    });
  } finally {
    await db.$disconnect();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
