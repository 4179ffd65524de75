import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

const SHOTS = 'tests/e2e/screenshots';

/** Clicks a download link, keeps the file under test-results and returns its path. */
async function download(page: Page, name: RegExp, file: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name }).first().click();
  const done = await pending;
  const target = path.join('test-results', 'bilan-funder', file);
  await done.saveAs(target);
  return target;
}

/** Renders every page of the PDF to PNG beside the screenshots, for a person to look at. */
function renderPages(pdf: string, prefix: string): string[] {
  mkdirSync(SHOTS, { recursive: true });
  for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(`${prefix}-`))) rmSync(path.join(SHOTS, old));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SHOTS, prefix)]);
  return readdirSync(SHOTS).filter((f) => f.startsWith(`${prefix}-`));
}

test('a coordinator exports a validated bilan and shares it with a funder, who downloads it', async ({ page, seed, hub }) => {
  test.setTimeout(180_000);
  const EVENT = (await seed.createPastEvent(hub)).title;
  const funder = await seed.createFunder(hub);
  const FUNDER = funder.organisation.name;
  await signInAs(page, hub.coordinator);
  await page.getByRole('link', { name: EVENT, exact: true }).first().click();
  await page.getByRole('navigation', { name: 'Sections de l’événement' }).getByRole('link', { name: 'Bilan' }).click();

  // Validate through the bilan page, then open the frozen version.
  await page.getByRole('button', { name: 'Valider le bilan' }).click();
  await page.getByRole('button', { name: /^Confirmer la validation de la version \d+$/ }).click();
  await page.getByRole('table', { name: 'Versions validées' }).getByRole('link', { name: /^Version \d+$/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: /^Bilan — version \d+ validée le / })).toBeVisible();

  const pdf = await download(page, /Bilan complet \(PDF\)/, 'coordinator.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain(EVENT);
  expect(text).toMatch(/Version \d+ validée le/);
  for (const section of ['1. Introduction', '2. Bilan quantitatif', '3. Bilan qualitatif', '4. Bilan financier', '5. Annexes']) expect(text).toContain(section);
  expect(renderPages(pdf, 'bilan-pdf').length).toBeGreaterThanOrEqual(6);
  await download(page, /Classeur des chiffres \(XLSX\)/, 'coordinator.xlsx');

  // Share with the funder.
  // Funders are told apart by their SIRET: the option reads « name — SIRET … ».
  const picker = page.getByRole('combobox', { name: /^Financeur/ });
  await picker.selectOption((await picker.locator('option', { hasText: FUNDER }).getAttribute('value')) ?? '');
  await page.getByRole('button', { name: 'Partager avec ce financeur' }).click();
  await expect(page.getByText(`Bilan partagé avec ${FUNDER}.`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: FUNDER })).toBeVisible();

  // A read-only link, shown once, that works without an account.
  await page.getByLabel('Libellé (pour vous retrouver)').fill('Comité de suivi');
  await page.getByRole('button', { name: 'Créer le lien' }).click();
  const address = await page.getByLabel('Adresse du lien').inputValue();
  expect(address).toMatch(/\/b\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('table', { name: 'Liens en lecture seule' })).toContainText('Comité de suivi');
  await expectAccessible(page);
  await screenshot(page, 'bilan-version-sharing');
  await page.getByRole('region', { name: 'Partager avec les financeurs' }).screenshot({ path: `${SHOTS}/bilan-sharing-panel.png` });

  const anonymous = await page.context().browser()!.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(address);
  await expect(visitor.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  expect(await visitor.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  const linkPdf = await visitor.request.get(`${address}/pdf`);
  expect(linkPdf.status()).toBe(200);
  expect(linkPdf.headers()['content-type']).toBe('application/pdf');
  await expectAccessible(visitor);
  await screenshot(visitor, 'bilan-link');

  await page.getByRole('button', { name: /^Révoquer le lien Comité de suivi/ }).click();
  await expect(page.getByRole('table', { name: 'Liens en lecture seule' })).toContainText('Révoqué');
  expect((await visitor.request.get(`${address}/pdf`)).status()).toBe(404);
  await anonymous.close();

  // The funder sees it in "Bilans partagés" and downloads the PDF.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // Signed out for sure before signing in again (a sign-in page opened meanwhile would send the
  // still-signed-in browser to « / », which is the landing page once the sign-out lands).
  await expect(page).toHaveURL(/\/connexion\?deconnexion=1$/);
  await signInAs(page, funder.user);
  await expect(page.getByRole('heading', { level: 1, name: 'Bilans partagés' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: EVENT });
  await expect(row).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'bilan-funder-dashboard');
  await row.getByRole('link', { name: EVENT, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  const funderPdf = await download(page, /Bilan complet \(PDF\)/, 'funder.pdf');
  expect(execFileSync('pdftotext', [funderPdf, '-'], { encoding: 'utf8' })).toContain(EVENT);
  await expectAccessible(page);
  await screenshot(page, 'bilan-funder-page');
});
