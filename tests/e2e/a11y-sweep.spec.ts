import { readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_COORDINATOR, signIn } from './support';

// Every page of the app goes through axe (WCAG 2.1 A and AA), here or in the spec named beside it.
// The first test fails when a page.tsx appears that is in neither list.

const SWEPT = [
  '/connexion', '/inscription', '/mot-de-passe-oublie', '/compte', '/formats', '/formats/[id]', '/e/[slug]', '/e/[slug]/inscription',
  '/', '/diagnostic', '/diagnostic/[id]', '/territoires/[id]', '/organisation', '/evenements/nouveau',
  '/evenements/[id]', '/evenements/[id]/modifier', '/evenements/[id]/budget', '/evenements/[id]/chiffres',
  '/evenements/[id]/courriels', '/evenements/[id]/participants', '/evenements/[id]/participants/import',
  '/evenements/[id]/pointage', '/evenements/[id]/programme', '/evenements/[id]/programme/imprimer',
  '/evenements/[id]/programme/seances/nouvelle', '/evenements/[id]/programme/seances/[sessionId]',
  '/evenements/[id]/taches', '/evenements/[id]/taches/[taskId]', '/evenements/[id]/taches/communication',
  '/evenements/[id]/taches/communication/[actionId]', '/evenements/[id]/taches/donnees',
];
/** Reached through a link only a previous step can give (a token, a query): checked in that journey. */
const IN_THEIR_JOURNEY: Record<string, string> = {
  '/e/[slug]/inscription/confirmation': 'registration.spec.ts',
  '/inscription/[token]': 'registration.spec.ts',
  '/invitation/[token]': 'accounts.spec.ts',
  '/mot-de-passe-oublie/[token]': 'account-security.spec.ts',
  '/confirmation/[token]': 'accounts.spec.ts',
  '/evenements/[id]/questionnaire': 'questionnaire.spec.ts',
  '/q/[token]': 'questionnaire.spec.ts',
  '/evenements/[id]/bilan': 'bilan.spec.ts',
  '/evenements/[id]/bilan/versions/[number]': 'bilan-funder.spec.ts',
  '/bilans/[versionId]': 'bilan-funder.spec.ts',
  '/b/[token]': 'bilan-funder.spec.ts',
  '/organisation/evenements': 'comparison.spec.ts',
};
function routesOfPages(): string[] {
  const app = path.resolve(__dirname, '..', '..', 'app');
  return readdirSync(app, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'page.tsx')
    .map((e) => `/${path.relative(app, e.parentPath).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join('/')}`)
    .sort();
}

test('every page is swept or checked in its own journey', () => {
  const known = new Set([...SWEPT, ...Object.keys(IN_THEIR_JOURNEY)]);
  expect(routesOfPages().filter((route) => !known.has(route))).toEqual([]);
});

const problems: string[] = [];

/** Opens the page and records axe's WCAG A/AA violations (all pages are checked before failing). */
async function sweep(page: Page, address: string) {
  const response = await page.goto(address);
  expect(response?.status(), address).toBeLessThan(400);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const v of results.violations) problems.push(`${address} — ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The first link on the current page whose path matches, as a path. */
async function linkMatching(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const found = hrefs.find((href) => pattern.test(href));
  if (!found) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return found;
}

const UUID = '[0-9a-f-]{36}';

test('axe finds nothing on any page, signed out and signed in', async ({ page }) => {
  test.setTimeout(600_000);
  for (const address of ['/connexion', '/inscription', '/mot-de-passe-oublie', '/formats', '/formats/atelier-coconstruction', '/e/atelier-demo-inscriptions', '/e/atelier-demo-inscriptions/inscription']) {
    await sweep(page, address);
  }

  await signIn(page, DEMO_COORDINATOR);
  for (const address of ['/', '/diagnostic', '/organisation', '/compte', '/evenements/nouveau']) await sweep(page, address);

  // A diagnostic of our own, for its page and its territory's.
  await page.goto('/diagnostic');
  await page.getByRole('combobox', { name: 'Territoire' }).fill('marseille');
  await page.getByRole('option', { name: 'Marseille (commune, 13)' }).click();
  for (const group of await page.getByRole('group').filter({ has: page.getByRole('radio') }).all()) await group.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Enregistrer et voir le résultat' }).click();
  await expect(page).toHaveURL(new RegExp(`/diagnostic/${UUID}$`));
  const diagnostic = new URL(page.url()).pathname;
  await sweep(page, diagnostic);
  await page.goto('/diagnostic');
  await sweep(page, await linkMatching(page, new RegExp(`^/territoires/${UUID}$`)));

  // The demo event open to registration has sessions, registrations and e-mails.
  await page.goto('/');
  await page.getByRole('link', { name: 'Matinée des ateliers numériques — Aix-en-Provence', exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/evenements/${UUID}$`));
  const event = new URL(page.url()).pathname;
  // Tasks and a communication plan first, so that their pages have rows (and links) to check.
  await page.goto(`${event}/taches`);
  if ((await page.getByRole('link', { name: /^Modifier la tâche/ }).count()) === 0) {
    await page.getByRole('button', { name: 'Appliquer le modèle' }).first().click();
    await expect(page.getByRole('link', { name: /^Modifier la tâche/ }).first()).toBeVisible();
  }
  await page.goto(`${event}/taches/communication`);
  const actionLinks = page.locator(`a[href^="${event}/taches/communication/"]`);
  if ((await actionLinks.count()) === 0) {
    await page.getByRole('button', { name: 'Créer le plan par défaut' }).click();
    await expect(actionLinks.first()).toBeVisible();
  }
  for (const section of ['', '/modifier', '/budget', '/chiffres', '/courriels', '/participants', '/participants/import', '/pointage', '/programme', '/programme/imprimer', '/programme/seances/nouvelle', '/taches', '/taches/communication', '/taches/donnees']) {
    await sweep(page, `${event}${section}`);
  }
  await page.goto(`${event}/programme`);
  await sweep(page, await linkMatching(page, new RegExp(`^${event}/programme/seances/${UUID}$`)));
  await page.goto(`${event}/taches`);
  await sweep(page, await linkMatching(page, new RegExp(`^${event}/taches/${UUID}$`)));
  await page.goto(`${event}/taches/communication`);
  await sweep(page, await linkMatching(page, new RegExp(`^${event}/taches/communication/${UUID}$`)));

  expect(problems).toEqual([]);
});
