import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

test('a coordinator compares the organisation’s events over time', async ({ page, seed, hub }) => {
  const past = await seed.createPastEvent(hub);
  const next = await seed.createDraftEvent(hub);
  await signInAs(page, hub.coordinator);
  await page.goto('/organisation');
  await page.getByRole('link', { name: 'Comparer nos événements' }).click();
  await expect(page).toHaveURL(/\/organisation\/evenements$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Comparer nos événements' })).toBeVisible();

  const table = page.getByRole('table', { name: /Chiffres de chaque événement/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Événement', 'Date', 'Participant·es', 'No-show', 'Coût par participant·e', 'Satisfaction']);
  // The hub's events, oldest first: the past meeting (done) opens the list.
  await expect(table.getByRole('rowheader')).toHaveText([past.title, next.title]);
  await expect(page.getByRole('heading', { level: 2, name: 'Dans le temps' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'La maturité des territoires, avant et après' })).toBeVisible();
  await expect(page.locator('.recharts-dot').first()).toBeVisible();

  await expectAccessible(page);
  await screenshot(page, 'comparaison-evenements');
});

test('a funder sees nothing here', async ({ page, seed, hub }) => {
  await signInAs(page, (await seed.createFunder(hub)).user);
  await page.goto('/organisation');
  await expect(page.getByRole('link', { name: 'Comparer nos événements' })).toHaveCount(0);
  // A funder's own organisation is visible to them, the comparison is not theirs to see: 403.
  await page.goto('/organisation/evenements');
  await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
});
