import { readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectSettled } from './support';

// Every page of the app goes through axe (WCAG 2.1 A and AA), here or in the spec named beside it.
// The first test fails when a page.tsx appears that is in neither list.

const SWEPT = [
  '/connexion', '/inscription', '/mot-de-passe-oublie', '/compte', '/formats', '/formats/[id]', '/e/[slug]', '/e/[slug]/inscription',
  '/', '/diagnostic', '/diagnostic/[id]', '/diagnostics', '/catalogue', '/diagnostic-express', '/territoires/[id]', '/organisation', '/organisation/webhooks', '/evenements/nouveau',
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
  '/evenements/[id]/participants/[registrationId]': 'past-event.spec.ts',
  '/evenements/[id]/participants/ajouter': 'past-event.spec.ts',
  '/evenements/[id]/messages': 'messages.spec.ts',
  '/evenements/[id]/messages/[messageId]': 'messages.spec.ts',
  '/desabonnement/[token]': 'messages.spec.ts',
  '/pointage/[secret]': 'checkin-door.spec.ts',
  '/financeur': 'funder-dashboard.spec.ts',
  '/intervenant/[token]': 'speakers.spec.ts',
  '/reseau': 'networks.spec.ts',
  '/e/[slug]/appel': 'speakers.spec.ts',
  '/evenements/[id]/programme/propositions': 'speakers.spec.ts',
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

/** Opens the page and records axe's WCAG A/AA violations in `problems` (every page is checked before failing). */
async function sweep(page: Page, address: string, problems: string[]) {
  const response = await page.goto(address);
  expect(response?.status(), address).toBeLessThan(400);
  await expectSettled(page);
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

// Three journeys, so that they run side by side; each fails with the list of every problem it found.

test('axe finds nothing on the public pages', async ({ page, seed, hub }) => {
  const problems: string[] = [];
  const { slug } = await seed.createRegistrationEvent(hub);
  // « / » signed out is the landing page; the anonymous diagnostic with and without its result.
  for (const address of ['/', '/diagnostic-express', '/diagnostic-express?reponses=2-2-1', '/inscription?reponses=2-2-1', '/connexion', '/inscription', '/mot-de-passe-oublie', '/formats', '/formats/atelier-coconstruction', `/e/${slug}`, `/e/${slug}/inscription`]) {
    await sweep(page, address, problems);
  }
  expect(problems).toEqual([]);
});

test('axe finds nothing on the dashboard, the organisation and the diagnostic pages', async ({ page, hub }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  await signInAs(page, hub.coordinator);
  for (const address of ['/', '/diagnostic', '/diagnostics', '/catalogue', '/catalogue?niveau=2', '/organisation', '/organisation/webhooks', '/compte', '/evenements/nouveau']) await sweep(page, address, problems);

  // A diagnostic of our own, for its page and its territory's.
  await page.goto('/diagnostic');
  await page.getByRole('combobox', { name: 'Territoire' }).fill('marseille');
  await page.getByRole('option', { name: 'Marseille (commune, 13)' }).click();
  for (const group of await page.getByRole('group').filter({ has: page.getByRole('radio') }).all()) await group.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Enregistrer et voir le résultat' }).click();
  await expect(page).toHaveURL(new RegExp(`/diagnostic/${UUID}$`));
  const diagnostic = new URL(page.url()).pathname;
  await sweep(page, diagnostic, problems);
  await page.goto('/diagnostic');
  await sweep(page, await linkMatching(page, new RegExp(`^/territoires/${UUID}$`)), problems);
  expect(problems).toEqual([]);
});

test('axe finds nothing on the pages of an event', async ({ page, seed, hub }) => {
  test.setTimeout(400_000);
  const problems: string[] = [];
  // An event open to registration: sessions, registrations and e-mails on its pages.
  const { title } = await seed.createRegistrationEvent(hub);
  await signInAs(page, hub.coordinator);
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/evenements/${UUID}$`));
  const event = new URL(page.url()).pathname;
  // Tasks and a communication plan first, so that their pages have rows (and links) to check.
  await page.goto(`${event}/taches`);
  await page.getByRole('button', { name: 'Appliquer le modèle' }).first().click();
  await expect(page.getByRole('link', { name: /^Modifier la tâche/ }).first()).toBeVisible();
  await page.goto(`${event}/taches/communication`);
  const actionLinks = page.locator(`a[href^="${event}/taches/communication/"]`);
  await page.getByRole('button', { name: 'Créer le plan par défaut' }).click();
  await expect(actionLinks.first()).toBeVisible();
  for (const section of ['', '/modifier', '/budget', '/chiffres', '/courriels', '/participants', '/participants/import', '/pointage', '/programme', '/programme/imprimer', '/programme/seances/nouvelle', '/taches', '/taches/communication', '/taches/donnees']) {
    await sweep(page, `${event}${section}`, problems);
  }
  await page.goto(`${event}/programme`);
  await sweep(page, await linkMatching(page, new RegExp(`^${event}/programme/seances/${UUID}$`)), problems);
  await page.goto(`${event}/taches`);
  await sweep(page, await linkMatching(page, new RegExp(`^${event}/taches/${UUID}$`)), problems);
  await page.goto(`${event}/taches/communication`);
  await sweep(page, await linkMatching(page, new RegExp(`^${event}/taches/communication/${UUID}$`)), problems);
  expect(problems).toEqual([]);
});
