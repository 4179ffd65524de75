// The OpenAgenda block of the programme page on an instance without an agenda configured (the e2e
// server has none): organisers are told so in plain French and download the file to import. The push
// itself is tested against a fake OpenAgenda in tests/integration/openagenda-push.test.ts.
import { readFileSync } from 'node:fs';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

test('without an agenda configured, organisers download the event as OpenAgenda wants it', async ({ page, seed, hub }) => {
  const draft = await seed.createDraftEvent(hub);
  const published = await seed.createRegistrationEvent(hub);
  await signInAs(page, hub.coordinator);

  await page.goto(`/evenements/${draft.id}/programme`);
  const draftBlock = page.getByRole('region', { name: 'OpenAgenda', exact: true });
  await expect(draftBlock).toContainText('Publiez d’abord l’événement : OpenAgenda n’annonce que des événements publics.');
  await expect(draftBlock.getByRole('link')).toHaveCount(0);

  await page.goto(`/evenements/${published.id}/programme`);
  const block = page.getByRole('region', { name: 'OpenAgenda', exact: true });
  await expect(block).toContainText('Cette instance de Trame n’est pas reliée à un agenda OpenAgenda.');
  await expect(block.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, 'openagenda-programme-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'openagenda-programme-390');

  const pending = page.waitForEvent('download');
  await block.getByRole('link', { name: 'Télécharger le fichier OpenAgenda (JSON)', exact: true }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe(`openagenda-${published.slug}.json`);
  const { event, location } = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(event.title).toEqual({ fr: published.title });
  expect(event.extIds).toEqual([{ key: 'trame', value: published.id }]);
  expect(event.description.fr.length).toBeLessThanOrEqual(200);
  expect(location).toMatchObject({ name: 'Médiathèque (démo)', address: 'Aix-en-Provence', countryCode: 'FR' });
});
