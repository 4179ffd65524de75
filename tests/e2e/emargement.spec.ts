import { randomUUID } from 'node:crypto';
// Issue 16, points 6 and 8: the coordinator prints a day's attendance sheet on a phone, sends the
// signed scan back, and downloads the proof pack for a funder, who reaches it from the shared bilan.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

const SHOTS = 'tests/e2e/screenshots';
const FILES = path.join('test-results', 'emargement');

/** Clicks a download link and keeps the file under test-results. */
async function download(page: Page, name: RegExp, file: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name }).first().click();
  // One folder per download: journeys running at once never read each other's files.
  const target = path.join(FILES, randomUUID(), file);
  await (await pending).saveAs(target);
  return target;
}

/** The names of a ZIP's entries (yauzl reads the central directory, nothing is inflated). */
function zipEntries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(readFileSync(file), { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the coordinator downloads a day’s sheet and sends the signed scan back', async ({ page, seed, hub }) => {
    test.setTimeout(120_000);
    mkdirSync(FILES, { recursive: true });
    const event = await seed.createPastEvent(hub);
    await signInAs(page, hub.coordinator);
    await page.goto(`/evenements/${event.id}/pointage`);
    const section = page.getByRole('region', { name: 'Feuilles d’émargement' });
    await expect(section).toBeVisible();

    const sheet = await download(page, /^feuille de la journée du jeudi 8 octobre \(PDF\)$/, 'feuille.pdf');
    const text = execFileSync('pdftotext', ['-layout', sheet, '-'], { encoding: 'utf8' });
    expect(text).toContain('FEUILLE D’ÉMARGEMENT');
    expect(text).toContain(event.title);
    expect(text).toContain('jeudi 8 octobre 2026');
    expect(text).toMatch(/page 1 \/ \d+/);
    // The day is over and was checked in: the count is filled.
    expect(text).toMatch(/Total : \d+ présent·es? \/ \d+ attendu·es?/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', sheet, path.join(SHOTS, 'emargement-feuille')]);

    // A file that is not a scan is refused with a French reason, and nothing is listed.
    await expectHydrated(page);
    await section.getByLabel('Feuille signée numérisée').setInputFiles({ name: 'feuille.pdf', mimeType: 'application/pdf', buffer: Buffer.from('pas un PDF') });
    await section.getByRole('button', { name: 'Envoyer la feuille signée' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Le fichier doit être un PDF, une photo JPEG ou une image PNG' })).toBeVisible();
    await expect(page.getByText('Aucune feuille signée pour l’instant.')).toBeVisible();

    // The signed sheet (here, the printed one) goes back and is listed with its day.
    await section.getByLabel('Partie de la journée').selectOption('matin');
    await section.getByLabel('Feuille signée numérisée').setInputFiles(sheet);
    await section.getByRole('button', { name: 'Envoyer la feuille signée' }).click();
    await expect(page.getByText('Feuille signée enregistrée.')).toBeVisible();
    await expect(section.getByText('jeudi 8 octobre 2026, matin', { exact: true })).toBeVisible();
    const back = await download(page, /^Télécharger la feuille signée du jeudi 8 octobre 2026, matin$/, 'signee.pdf');
    expect(readFileSync(back).equals(readFileSync(sheet))).toBe(true);
    await expectAccessible(page);
    await section.screenshot({ path: `${SHOTS}/emargement-section-phone.png` });
  });
});

test('the proof pack holds the signed sheets and reaches the funder the bilan is shared with', async ({ page, seed, hub }) => {
  test.setTimeout(180_000);
  mkdirSync(FILES, { recursive: true });
  const event = await seed.createPastEvent(hub);
  const funder = await seed.createFunder(hub);
  await signInAs(page, hub.coordinator);

  // A signed sheet first, from the check-in page.
  await page.goto(`/evenements/${event.id}/pointage`);
  await expectHydrated(page);
  const section = page.getByRole('region', { name: 'Feuilles d’émargement' });
  await section.getByLabel('Feuille signée numérisée').setInputFiles({ name: 'scan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]) });
  await section.getByRole('button', { name: 'Envoyer la feuille signée' }).click();
  await expect(page.getByText('Feuille signée enregistrée.')).toBeVisible();

  // Validate the bilan, then download the pack.
  await page.goto(`/evenements/${event.id}/bilan`);
  await page.getByRole('button', { name: 'Valider le bilan' }).click();
  await page.getByRole('button', { name: /^Confirmer la validation de la version \d+$/ }).click();
  await expect(page.getByRole('link', { name: 'Télécharger le dossier de preuves (ZIP)' })).toBeVisible();
  const pack = await download(page, /^Télécharger le dossier de preuves \(ZIP\)$/, 'dossier.zip');
  const names = await zipEntries(pack);
  expect(names).toEqual(
    expect.arrayContaining(['LISEZMOI.txt', 'compte-rendu-financier-cerfa.csv', 'presences-par-journee.csv', 'programme.pdf', expect.stringMatching(/^feuilles-signees\/emargement-signe-.*-2026-10-08-1\.jpg$/)]),
  );
  expect(names.some((name) => /^bilan-.*-v1\.pdf$/.test(name))).toBe(true);
  await expectAccessible(page);

  // Share with the funder, who downloads the same pack from the shared bilan.
  await page.getByRole('table', { name: 'Versions validées' }).getByRole('link', { name: /^Version \d+$/ }).first().click();
  const picker = page.getByRole('combobox', { name: /^Financeur/ });
  await picker.selectOption((await picker.locator('option', { hasText: funder.organisation.name }).getAttribute('value')) ?? '');
  await page.getByRole('button', { name: 'Partager avec ce financeur' }).click();
  await expect(page.getByText(`Bilan partagé avec ${funder.organisation.name}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // Signed out for sure before signing in again (a sign-in page opened meanwhile would send the
  // still-signed-in browser to « / », which is the landing page once the sign-out lands).
  await expect(page).toHaveURL(/\/connexion\?deconnexion=1$/);
  await signInAs(page, funder.user);
  await page.getByRole('row').filter({ hasText: event.title }).getByRole('link', { name: event.title, exact: true }).click();
  const funderPack = await download(page, /Dossier de preuves \(ZIP\)/, 'dossier-financeur.zip');
  expect(await zipEntries(funderPack)).toEqual(names);
  await expectAccessible(page);
  await screenshot(page, 'emargement-funder-page');
});
