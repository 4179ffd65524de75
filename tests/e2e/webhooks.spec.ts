import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

// An administrator adds a webhook endpoint: its secret is shown once, then only the endpoint is listed.
test('an administrator adds a webhook endpoint, copies its secret once, then deletes it', async ({ page, hub }) => {
  await signInAs(page, hub.coordinator);
  await page.goto('/organisation');
  await page.getByRole('link', { name: 'Gérer les webhooks', exact: true }).click();
  await expect(page).toHaveURL(/\/organisation\/webhooks$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks', exact: true })).toBeVisible();
  await expect(page.getByText('Aucun point de réception pour l’instant.', { exact: true })).toBeVisible();
  await expectHydrated(page);

  const url = page.getByLabel('Adresse de réception (HTTPS)', { exact: false });
  const add = page.getByRole('button', { name: 'Ajouter le point de réception', exact: true });
  await add.click();
  await expect(page.getByText('Saisissez l’adresse qui recevra les envois.', { exact: true })).toBeVisible();
  await expect(page.getByText('Cochez au moins un type d’envoi.', { exact: true })).toBeVisible();
  await expect(url).toBeFocused();

  await url.fill('http://exemple.fr/trame');
  await page.getByRole('checkbox', { name: 'Inscription créée', exact: true }).check();
  await add.click();
  await expect(page.getByText('L’adresse doit commencer par https:// : les envois sont chiffrés.', { exact: true })).toBeVisible();

  // A private address passes the browser's checks and is refused by the server, beside the field.
  await url.fill('https://127.0.0.1/trame');
  await add.click();
  const refused = 'Cette adresse mène à un réseau privé ou local : choisissez une adresse publique.';
  await expect(page.getByRole('region', { name: 'Ajouter un point de réception', exact: true }).getByRole('alert')).toHaveText(refused);
  await expect(url).toHaveAccessibleDescription(`Par exemple https://exemple.fr/trame ${refused}`);
  await expect(url).toBeFocused();

  await url.fill('https://93.184.215.14/trame');
  await page.getByLabel('Description', { exact: false }).fill('Notre CRM');
  await page.getByRole('checkbox', { name: 'Bilan validé', exact: true }).check();
  await add.click();
  const secret = page.getByLabel('Secret de signature', { exact: true });
  await expect(secret).toHaveValue(/^whsec_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('button', { name: 'Copier le secret', exact: true })).toBeVisible();
  const card = page.getByRole('article', { name: 'https://93.184.215.14/trame', exact: true });
  await expect(card).toBeVisible();
  await expect(card.getByText('Actif', { exact: true })).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveText(['Inscription créée', 'Bilan validé']);
  await expect(card.getByText('Aucun envoi pour l’instant.', { exact: true })).toBeVisible();

  await expectAccessible(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, 'webhooks-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'webhooks-390');

  // Never shown again.
  await page.reload();
  await expect(card).toBeVisible();
  await expect(page.getByLabel('Secret de signature', { exact: true })).toHaveCount(0);
  await expect(page.getByText(/whsec_/)).toHaveCount(0);

  await expectHydrated(page);
  await card.getByRole('button', { name: 'Supprimer le point de réception https://93.184.215.14/trame', exact: true }).click();
  await card.getByRole('button', { name: 'Confirmer la suppression', exact: true }).click();
  await expect(page.getByText('Aucun point de réception pour l’instant.', { exact: true })).toBeVisible();
});
