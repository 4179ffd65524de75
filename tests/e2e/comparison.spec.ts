import { expect, test } from '@playwright/test';
import { DEMO_COORDINATOR, DEMO_FUNDER, expectAccessible, screenshot, signIn } from './support';

// E2E_PORT=3324 NEXT_DIST_DIR=.next-compare npx playwright test tests/e2e/comparison.spec.ts

test('a coordinator compares the organisation’s events over time', async ({ page }) => {
  await signIn(page, DEMO_COORDINATOR);
  await page.goto('/organisation');
  await page.getByRole('link', { name: 'Comparer nos événements' }).click();
  await expect(page).toHaveURL(/\/organisation\/evenements$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Comparer nos événements' })).toBeVisible();

  const table = page.getByRole('table', { name: /Chiffres de chaque événement/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Événement', 'Date', 'Participant·es', 'No-show', 'Coût par participant·e', 'Satisfaction']);
  // The demo hub's events, oldest first: the Marseille meeting (done) opens the list.
  await expect(table.getByRole('rowheader').first()).toHaveText('Rencontre NEC locale — Marseille');
  await expect(table.getByRole('rowheader', { name: 'RéZolutions numériques — rencontre régionale' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dans le temps' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'La maturité des territoires, avant et après' })).toBeVisible();
  await expect(page.locator('.recharts-dot').first()).toBeVisible();

  await expectAccessible(page);
  await screenshot(page, 'comparaison-evenements');
});

test('a funder sees nothing here', async ({ page }) => {
  await signIn(page, DEMO_FUNDER);
  await page.goto('/organisation');
  await expect(page.getByRole('link', { name: 'Comparer nos événements' })).toHaveCount(0);
  await page.goto('/organisation/evenements');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
});
