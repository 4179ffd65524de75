// npm run lighthouse — Lighthouse performance and accessibility scores of the landing page (« / »
// signed out), the anonymous diagnostic's result, the public event page and its registration page,
// on the production build (started like bench:public) with the system Chromium, headless. Mobile emulation with simulated throttling (Lighthouse's default);
// LIGHTHOUSE_PRESET=desktop for the desktop preset. Prints what each failing audit flags.
import { startApp } from './support/app';
import { seedPublicEvent } from './support/seed-public';
import { printSummary } from './support/summary';

const PORT = Number(process.env.BENCH_PORT ?? 3326);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-bench-public';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string };
type LighthouseResult = { categories: Record<string, { score: number | null; auditRefs: Array<{ id: string }> }>; audits: Record<string, Audit> };

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

function failingAudits(lhr: LighthouseResult, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is Audit => audit !== undefined && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}

async function main() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const desktop = process.env.LIGHTHOUSE_PRESET === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
  const app = await startApp({ distDir: DIST_DIR, port: PORT, name: 'lighthouse' });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=fr-FR'],
  });
  try {
    const { slug } = await seedPublicEvent(app.databaseUrl);
    const pages = [
      { name: 'Accueil', path: '/' },
      { name: 'Diagnostic', path: '/diagnostic-express?reponses=2-2-1' },
      { name: 'Page publique', path: `/e/${slug}` },
      { name: 'Inscription', path: `/e/${slug}/inscription` },
    ];
    for (const page of pages) {
      const url = `${app.baseUrl}${page.path}`;
      await fetch(url); // renders and caches the page: Lighthouse measures what visitors get
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, desktop);
      const lhr = result?.lhr as unknown as LighthouseResult | undefined;
      if (!lhr) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
      const performance = score(lhr.categories.performance?.score);
      const accessibility = score(lhr.categories.accessibility?.score);
      console.log(`[lighthouse] ${page.name.padEnd(14)} performance ${performance}  accessibilité ${accessibility}  (${page.path}, ${desktop ? 'bureau' : 'mobile'})`);
      for (const category of ['performance', 'accessibility']) {
        for (const line of failingAudits(lhr, category)) console.log(`[lighthouse]    ${category} : ${line}`);
      }
      printSummary({ name: `Lighthouse ${page.name} — accessibilité`, figure: String(accessibility), target: '100', met: accessibility === 100 });
      printSummary({ name: `Lighthouse ${page.name} — performance`, figure: String(performance), target: '≥ 90', met: performance >= 90 });
    }
  } finally {
    chrome.kill();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
