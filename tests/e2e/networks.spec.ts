import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

/** Both sizes the page must look finished at. */
async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('a network sets a core question; two member hubs’ events roll up', async ({ page, seed, hub }) => {
  test.setTimeout(180_000);
  const world = await seed.createNetworkWorld(hub);
  const question = 'Comment avez-vous connu la rencontre ?';

  // The network: its neighbour member's event already rolls up, its core question frozen once sent.
  await signInAs(page, world.admin);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Réseau', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réseau et cycle d’événements' })).toBeVisible();
  const cycle = page.getByRole('table', { name: /Les événements du cycle/ });
  await expect(cycle.getByRole('rowheader')).toHaveCount(1);
  await expect(cycle).toContainText(world.titles.neighbour);
  const core = page.getByRole('region', { name: 'Socle commun du questionnaire' });
  await expect(core).toContainText('figée : déjà envoyée aux participant·es');

  // A second core question, a choice.
  await expectHydrated(page);
  await core.getByRole('textbox', { name: 'Question', exact: true }).fill(question);
  await core.getByRole('combobox', { name: 'Type de réponse', exact: true }).selectOption('choice');
  await core.getByRole('textbox', { name: 'Réponses proposées', exact: true }).fill('Courriel\nAffiche');
  await core.getByRole('button', { name: 'Ajouter la question commune', exact: true }).click();
  await expect(core.getByText('Question commune ajoutée aux questionnaires du cycle.')).toBeVisible();
  await expect(core.getByRole('listitem').filter({ hasText: question })).toContainText('Choix parmi des réponses');

  // The journey's hub joins, and puts its event in the cycle.
  await page.context().clearCookies();
  await signInAs(page, hub.coordinator);
  await page.goto('/organisation');
  const networks = page.getByRole('region', { name: 'Réseaux' });
  await networks.getByRole('button', { name: `Rejoindre le réseau « ${world.network.name} »`, exact: true }).click();
  await networks.getByRole('button', { name: `Ajouter au cycle : ${world.titles.own}`, exact: true }).click();
  await expect(networks.getByRole('button', { name: `Retirer du cycle : ${world.titles.own}`, exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'network-member');

  // Its questionnaire now holds both core questions, locked.
  await page.goto(`/evenements/${world.ownEventId}/questionnaire`);
  await expect(page.getByText('Question commune du réseau — non modifiable', { exact: true })).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Questions communes du réseau' })).toContainText(world.coreLabel);

  // Back to the network: both hubs' events, their totals, the core results and the levels.
  await page.context().clearCookies();
  await signInAs(page, world.admin);
  await page.goto('/reseau');
  await expect(cycle.getByRole('rowheader')).toHaveCount(2);
  await expect(cycle).toContainText(world.titles.own);
  await expect(page.getByRole('region', { name: 'Totaux' })).toContainText('2 bilans, 2 structures');
  const results = page.getByRole('region', { name: 'Résultats du socle commun' });
  await expect(results.getByRole('listitem').filter({ hasText: world.coreLabel })).toContainText('3 réponses, 1 événement · moyenne 4,3');
  const levels = page.getByRole('table', { name: /Niveau de chaque territoire/ });
  await expect(levels.getByRole('row').filter({ hasText: 'Bouches-du-Rhône' })).toContainText('Niveau 1');
  await expect(levels.getByRole('row').filter({ hasText: 'Bouches-du-Rhône' })).toContainText('+1 niveau');
  await expectAccessible(page);
  await screenshots(page, 'network-rollup');

  // The roll-up as a file: the CSV carries both hubs' events.
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger (CSV)', exact: true }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('cycle-du-reseau.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(world.titles.own);
  expect(csv).toContain(world.titles.neighbour);
  await expect(page.getByRole('link', { name: 'Télécharger (XLSX)', exact: true })).toHaveAttribute('href', '/reseau/export?fichier=xlsx');

  // The journey's hub leaves the network, after confirming; its event is still its own.
  await page.context().clearCookies();
  await signInAs(page, hub.coordinator);
  await page.goto('/organisation');
  await expectHydrated(page);
  await networks.getByRole('button', { name: `Quitter le réseau « ${world.network.name} »`, exact: true }).click();
  const confirm = networks.getByRole('button', { name: 'Confirmer le départ du réseau', exact: true });
  await expect(confirm).toBeFocused();
  await expect(networks).toContainText('Vos événements et leurs bilans ne changent pas');
  await expectAccessible(page);
  await screenshots(page, 'network-leave');
  await confirm.click();
  await expect(page.getByRole('region', { name: 'Réseaux' })).toHaveCount(0);

  // The network no longer counts it, and may invite it again.
  await page.context().clearCookies();
  await signInAs(page, world.admin);
  await page.goto('/reseau');
  await expect(cycle.getByRole('rowheader')).toHaveCount(1);
  await expect(cycle).not.toContainText(world.titles.own);
  await expect(page.getByRole('region', { name: 'Totaux' })).toContainText('1 bilan, 1 structure');
  const members = page.getByRole('region', { name: 'Structures membres' });
  await expect(members).toContainText('1 structure membre, 0 invitation en attente.');
  await expect(members.getByRole('listitem').filter({ hasText: hub.organisation.name })).toHaveCount(0);
  await expect(members.getByRole('combobox', { name: 'Structure à inviter', exact: true }).getByRole('option', { name: hub.organisation.name, exact: true })).toHaveCount(1);
});
