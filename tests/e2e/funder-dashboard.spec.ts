import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

/** Clicks a download link, keeps the file under test-results and returns its path. */
async function download(page: Page, name: string, file: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name }).click();
  // One folder per download: journeys running at once never read each other's files.
  const target = path.join('test-results', 'funder-dashboard', randomUUID(), file);
  await (await pending).saveAs(target);
  return target;
}

test('a funder reads the bilans shared across hubs, filters them by territory and exports them', async ({ page, seed, hub }) => {
  test.setTimeout(120_000);
  const world = await seed.createFunderDashboardWorld(hub);
  await signInAs(page, world.funder.user);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Financements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord des financements' })).toBeVisible();

  // Both hubs' bilans, the revoked one gone; the grant gathers them.
  const events = page.getByRole('table', { name: /Les bilans partagés retenus/ });
  await expect(events.getByRole('rowheader')).toHaveCount(2);
  await expect(events).toContainText(world.titles.marseille);
  await expect(events).toContainText(world.titles.bordeaux);
  await expect(page.getByRole('main')).not.toContainText(world.titles.withdrawn);
  await expect(page.getByRole('table', { name: /Vos subventions/ })).toContainText(world.reference);
  await expect(page.getByRole('region', { name: 'Totaux' })).toContainText('200');
  await expectAccessible(page);
  await screenshot(page, 'funder-dashboard');

  // Filter by région: the address carries the filter, only the Marseille forum is left.
  await page.getByLabel('Région').selectOption('93'); // Provence-Alpes-Côte d'Azur
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/region=93/);
  await expect(events.getByRole('rowheader')).toHaveCount(1);
  await expect(events).toContainText(world.titles.marseille);
  await expect(events).not.toContainText(world.titles.bordeaux);
  await screenshot(page, 'funder-dashboard-filtered');

  const csv = readFileSync(await download(page, 'Exporter en CSV', 'bilans.csv'), 'utf8');
  expect(csv).toContain(world.titles.marseille);
  expect(csv).not.toContain(world.titles.bordeaux);
  expect(csv.split('\r\n')[0]).toContain('Part du financeur dans les produits (%)');
  const xlsx = readFileSync(await download(page, 'Exporter en XLSX', 'bilans.xlsx'));
  expect(xlsx.subarray(0, 2).toString()).toBe('PK');

  // A period that ends before it starts: a clear French message, no figures.
  await page.goto('/financeur?du=2026-12-01&au=2026-01-01');
  await expect(page.getByRole('alert').filter({ hasText: 'Ces filtres' })).toContainText('La fin de la période doit suivre son début.');
  await expect(events).toHaveCount(0);
  await expectAccessible(page);
});

test('a funder without any share is told how hubs share', async ({ page, seed, hub }) => {
  const funder = await seed.createFunder(hub);
  await signInAs(page, funder.user);
  await page.goto('/financeur');
  await expect(page.getByRole('heading', { level: 2, name: 'Aucun bilan partagé pour le moment' })).toBeVisible();
  await expect(page.getByText(/Partager avec un financeur/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'funder-dashboard-empty');
});
