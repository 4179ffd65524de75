import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright never downloads a browser here: it drives the system Chromium.
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium introuvable : installez le paquet Debian « chromium » (/usr/bin/chromium) ou indiquez son chemin dans CHROMIUM_PATH. ' +
        '(Chromium not found: install Debian’s chromium at /usr/bin/chromium or set CHROMIUM_PATH.)',
    );
  }
  return found;
}

const port = Number(process.env.E2E_PORT ?? 3210);
// localhost, not 127.0.0.1: Auth.js cookies are set for the host name Next reports.
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Every journey seeds its own organisation, user and events (tests/e2e/fixtures.ts): they run side
  // by side, in any order. No retries: a journey that fails once is a bug to fix.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Journeys are long and this machine is shared: a slow step is not a failure, a wrong one is.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=fr-FR'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // A production build on a fresh embedded database seeded with the demo data. E2E_REUSE_BUILD=1
    // starts the build already in .next (after a first run), for running the suite again.
    command: process.env.E2E_REUSE_BUILD === '1' ? 'node scripts/start.mjs e2e' : 'node scripts/prisma.mjs generate && npx next build && node scripts/start.mjs e2e',
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    env: { PORT: String(port), AUTH_URL: baseURL, NEXT_TELEMETRY_DISABLED: '1' },
    stdout: 'pipe',
  },
});
