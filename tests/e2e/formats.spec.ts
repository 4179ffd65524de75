import { expect, test, type Locator, type Page } from '@playwright/test';
import { listFormats } from '@/lib/domain/formats';
import { expectAccessible, screenshot } from './support';

/** Presses Tab until `target` has the focus, as a keyboard user would (bounded, to fail fast). */
async function tabTo(page: Page, target: Locator, maxPresses = 30) {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Focus never reached the target after ${maxPresses} Tab presses.`);
}

test('the format catalogue is public and filters by level with the keyboard', async ({ page }) => {
  await page.goto('/formats');
  await expect(page).toHaveURL(/\/formats$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue des formats' })).toBeVisible();
  await expect(page.getByText("D'après le webinaire « Comment organiser un événement dédié au numérique")).toBeVisible();
  const recommended = page.getByRole('list', { name: 'Les 8 formats recommandés' });
  await expect(recommended.getByRole('listitem')).toHaveCount(8);
  const offGrid = page.getByRole('list', { name: 'Autres formats de programme' });
  await expect(offGrid.getByRole('listitem')).toHaveCount(7);
  await expect(offGrid.getByText('Hors grille de recommandation')).toHaveCount(7);
  await expect(page.getByText("ateliers de co-construction de l'Observatoire socialmedia", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'formats-catalogue');

  const levelTwo = page.getByRole('link', { name: /^Niveau 2/ });
  await tabTo(page, levelTwo);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/formats\?niveau=2$/);
  await expect(page.getByRole('link', { name: /^Niveau 2/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: 'Formats recommandés au niveau 2' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    'Au niveau 2, le webinaire recommande, dans cet ordre : atelier, masterclass, démo et retex.',
  );
  await expect(page.getByText('Objectif d’un événement de niveau 2')).toBeVisible();
  const levelTwoList = page.getByRole('list', { name: 'Formats recommandés au niveau 2' });
  await expect(levelTwoList.getByRole('heading', { level: 3 })).toHaveText(['Atelier', 'Masterclass', 'Démo', 'Retex']);
  await expect(levelTwoList.getByRole('listitem').filter({ hasText: 'Démo' })).toContainText('Jauge au niveau 2');
  await expect(levelTwoList.getByRole('listitem').filter({ hasText: 'Démo' })).toContainText('20 personnes au plus');
  await expectAccessible(page);
  await screenshot(page, 'formats-niveau-2');
});

test('a format sheet gives its audience limits per level and prints without the site chrome', async ({ page }) => {
  await page.goto('/formats?niveau=2');
  await page.getByRole('link', { name: 'Démo', exact: true }).click();
  await expect(page).toHaveURL(/\/formats\/demo$/);
  await expect(page).toHaveTitle(/^Démo/);
  await expect(page.getByRole('heading', { level: 1, name: 'Démo' })).toBeVisible();

  const limits = page.getByRole('table', { name: 'Jauge conseillée selon le niveau de maturité' });
  await expect(limits.getByRole('row', { name: /Niveau 1/ }).getByRole('cell').first()).toHaveText('30 personnes au plus');
  await expect(limits.getByRole('row', { name: /Niveau 2/ }).getByRole('cell').first()).toHaveText('20 personnes au plus');
  await expect(page.getByText('30 min', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Formats recommandés au niveau 1' })).toHaveAttribute('href', '/formats?niveau=1');
  await expect(page.getByRole('button', { name: 'Imprimer cette fiche' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'format-demo');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer cette fiche' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Liens publics' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Démo' })).toBeVisible();
  await screenshot(page, 'format-demo-impression');
});

test('every format has its own page, and an unknown one is a 404', async ({ page }) => {
  for (const format of listFormats()) {
    const response = await page.goto(`/formats/${format.id}`);
    expect(response?.status(), format.id).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(format.name);
  }

  await page.goto('/formats/atelier-coconstruction');
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier de co-construction' })).toBeVisible();
  await expect(page.getByText('Fiche format · hors grille de recommandation')).toBeVisible();
  await expect(page.getByRole('row', { name: /Niveau 3/ }).getByRole('cell')).toHaveText(['10 personnes au plus']);
  await expect(page.getByText("Rencontres nationales de la communication numérique Cap'Com", { exact: false })).toBeVisible();

  const response = await page.goto('/formats/format-inconnu');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Format introuvable' })).toBeVisible();
  await expectAccessible(page);
});

