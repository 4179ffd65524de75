#!/usr/bin/env node
// Start-up wrapper: `dev` (npm run dev), `start` (npm start) and `e2e` (Playwright's web server).
// It provides the database (embedded PostgreSQL unless DATABASE_URL is set), applies migrations,
// seeds the demo data when relevant (never in production unless asked: scripts/lib/start-plan.mjs),
// then runs Next and stops the database when Next stops.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadEnvironment, root } from './lib/env.mjs';
import { log } from './lib/embedded-postgres.mjs';
import { hasDemoAccounts, migrate, provideDatabase, seedDemo } from './lib/database.mjs';
import { startE2eMailbox } from './lib/e2e-mailbox.mjs';
import { DEMO_ACCOUNTS_WARNING, planStart } from './lib/start-plan.mjs';

const mode = process.argv[2] ?? 'dev';
if (!['dev', 'start', 'e2e'].includes(mode)) {
  console.error('Usage: node scripts/start.mjs dev|start|e2e');
  process.exit(2);
}
process.env.NEXT_TELEMETRY_DISABLED = '1';
loadEnvironment({ dev: mode === 'dev' });

const port = process.env.PORT ?? '3000';
const plan = planStart(mode, process.env);
if (plan.refuse) {
  console.error(`\n[trame] ${plan.refuse}\n`);
  process.exit(1);
}
if (plan.warning) console.warn(`\n${plan.warning}\n`);
let database;
let mailbox;
try {
  database = await provideDatabase({
    dataDirName: mode === 'e2e' ? `postgres-e2e-${port}` : 'postgres',
    fresh: mode === 'e2e',
  });
  await migrate(database.url);
  // E2E journeys that must arrange data the UI cannot (tests/e2e/database.ts) find their database here.
  if (mode === 'e2e') {
    mkdirSync(path.join(root, '.data'), { recursive: true });
    writeFileSync(path.join(root, '.data', `e2e-${port}.url`), database.url);
    // The e-mails are really sent, to a local mailbox the journeys read (tests/e2e/account-links.ts).
    mailbox = await startE2eMailbox(path.join(root, '.data', `e2e-mail-${port}`));
  }
  if (plan.seedDemo) seedDemo(database.url);
  else if (mode === 'start' && (await hasDemoAccounts(database.url))) console.warn(`\n[trame] ${DEMO_ACCOUNTS_WARNING}\n`);
} catch (error) {
  console.error(`\n[trame] ${error instanceof Error ? error.message : error}\n`);
  await mailbox?.stop();
  await database?.stop();
  process.exit(1);
}

/** Rate limits need the client's socket address, which Next does not expose (scripts/lib/socket-address.mjs). */
function socketAddressOptions() {
  const hook = `--import=${pathToFileURL(path.join(root, 'scripts', 'lib', 'socket-address.mjs')).href}`;
  return [process.env.NODE_OPTIONS, hook].filter(Boolean).join(' ');
}

const nextCli = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const nextArgs = mode === 'dev' ? ['dev', '-p', port] : ['start', '-p', port];
const authUrl = process.env.AUTH_URL ?? `http://localhost:${port}`;
const child = spawn(process.execPath, [nextCli, ...nextArgs], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_URL: authUrl,
    AUTH_TRUST_HOST: 'true',
    NODE_OPTIONS: socketAddressOptions(),
    ...(mailbox ? { SMTP_URL: mailbox.url } : {}),
  },
});
log(`Trame démarre sur http://localhost:${port}`);

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await mailbox?.stop();
  await database.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('exit', (code) => shutdown(code ?? 0));
