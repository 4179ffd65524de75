import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { devices, type Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

test.use({ ...devices['Pixel 7'] });

/** Nothing sticks out sideways on a phone: wide tables scroll inside their own box. */
async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function openEvent(page: Page, title: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

/** A small ticketing export. */
async function writeCsv(suffix: string): Promise<string> {
  const file = path.join(tmpdir(), `inscriptions-${suffix}.csv`);
  const rows = [
    'Prénom;Nom;E-mail;Structure;Catégorie;Date d’inscription',
    `Éloïse;Martin-${suffix};eloise-${suffix}@exemple.fr;Hub numérique Sud;Conseillère numérique;02/10/2026 09:30`,
    `Noé;Durand-${suffix};noe-${suffix}@exemple.fr;Mairie de Marseille;Agent de collectivité;15/10/2026`,
    `Zoé;Bérard-${suffix};zoe-${suffix}@exemple.fr;Association Récré;Bénévole;03/11/2026 18:05`,
    `Inès;Gâteau-${suffix};ines-${suffix}@exemple.fr;;Journaliste;04/11/2026`,
  ];
  await writeFile(file, `${rows.join('\r\n')}\r\n`, 'utf8');
  return file;
}

test('a coordinator imports registrations, then checks someone in on a phone', async ({ page, seed, hub }) => {
  const suffix = randomUUID().slice(0, 6);
  const event = await seed.createDraftEvent(hub);
  await signInAs(page, hub.coordinator);
  const eventId = await openEvent(page, event.title);

  // Import: source, file, preview with the detected columns, then confirmation.
  await page.goto(`/evenements/${eventId}/participants/import`);
  await page.getByRole('radio', { name: 'CSV ou XLSX générique' }).check();
  await page.getByLabel('Fichier').setInputFiles(await writeCsv(suffix));
  await page.getByRole('button', { name: 'Analyser le fichier' }).click();
  await expect(page.getByRole('heading', { name: `Aperçu d’inscriptions-${suffix}.csv` })).toBeFocused();
  await expect(page.getByText('CSV · encodage UTF-8 · séparateur point-virgule · 4 lignes')).toBeVisible();
  await expect(page.getByLabel('Adresse e-mail', { exact: true })).toHaveValue('2');
  await expect(page.getByText('Ligne 5 : catégorie « Journaliste » non reconnue, classée « Autre ».')).toBeVisible();
  await expect(page.getByText('4 inscriptions seront créées, 0 mise à jour')).toBeVisible();
  await expectAccessible(page);
  await expectNoSideways(page);
  await screenshot(page, 'import-apercu');
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByText('Import terminé : 4 inscriptions créées, 0 mise à jour.')).toBeVisible();

  // Check-in: accent-insensitive search, one tap, the counters follow; it holds after a reload.
  await page.goto(`/evenements/${eventId}/pointage`);
  await expect(page.getByRole('heading', { name: 'Pointage du jeudi 11 février' })).toBeVisible();
  // Nobody checked in yet: the four imported people are expected.
  const counter = (n: number) => page.getByRole('definition').nth(n);
  await expect(counter(1)).toHaveText('0');
  await expect(counter(3)).toHaveText('0');
  await page.getByLabel('Rechercher une personne').fill(`eloise martin ${suffix}`);
  await expect(page.getByText(/^1 sur \d+ personnes$/)).toBeVisible();
  const mark = page.getByRole('button', { name: `Marquer Éloïse Martin-${suffix} présent·e` });
  await mark.click();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(counter(1)).toHaveText('1');
  await page.getByLabel('Rechercher une personne').fill('');
  await expectAccessible(page);
  await expectNoSideways(page);
  await screenshot(page, 'pointage-mobile');
  await page.reload();
  await expect(page.getByRole('button', { name: `Marquer Éloïse Martin-${suffix} présent·e` })).toHaveAttribute('aria-pressed', 'true');

  // A walk-in at the door: added and present at once.
  await page.getByLabel('Nom et prénom').fill(`Yanis Belkacem-${suffix}`);
  await page.getByLabel('Catégorie de public').selectOption({ label: 'Bénévole' });
  await page.getByRole('button', { name: 'Ajouter et marquer présent·e' }).click();
  await expect(page.getByText(`Yanis Belkacem-${suffix} est ajouté·e et marqué·e présent·e.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Marquer Yanis Belkacem-${suffix} présent·e` })).toHaveAttribute('aria-pressed', 'true');

  // Afterwards, from the paper sheet: the table view, one radio per status.
  await page.getByRole('link', { name: 'Tableau, depuis une feuille papier' }).click();
  await page.getByRole('radio', { name: `Noé Durand-${suffix} : absent·e` }).check();
  await expect(counter(3)).toHaveText('1');
  await expectAccessible(page);

  // The participant list: export links, and erasure on request.
  await page.goto(`/evenements/${eventId}/participants`);
  await expect(page.getByRole('link', { name: 'Exporter la liste (XLSX)' })).toHaveAttribute('href', `/evenements/${eventId}/participants/export?format=xlsx`);
  await page.getByRole('button', { name: `Effacer les données de Zoé Bérard-${suffix}` }).click();
  await page.getByRole('button', { name: `Anonymiser Zoé Bérard-${suffix}` }).click();
  await expect(page.getByRole('rowheader', { name: 'Participant·e anonymisé·e' })).toBeVisible();
  await expectAccessible(page);
  await expectNoSideways(page);
  await screenshot(page, 'participants');

  // The figures count them.
  await page.goto(`/evenements/${eventId}/chiffres`);
  const days = page.getByRole('table', { name: 'Présences et no-show par jour' });
  await expect(days.getByRole('row', { name: /jeudi 11 février/ }).getByRole('cell').nth(1)).toHaveText('2');
  await expectAccessible(page);
  await expectNoSideways(page);
  await screenshot(page, 'chiffres');
});
