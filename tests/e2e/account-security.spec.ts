// An account's owner resets a forgotten password by e-mail, and closes every session at once.
import { randomUUID } from 'node:crypto';
import { confirmAddress, linkFromMailbox } from './account-links';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

test('forgotten password, then sign out of every device', async ({ page, browser }) => {
  const email = `oubli-${randomUUID().slice(0, 8)}@exemple.fr`;
  await page.goto('/inscription');
  await expectHydrated(page);
  await page.getByLabel('Prénom et nom').fill('Sacha Oubli');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('premier-mot-de-passe-girafe');
  await page.getByLabel('Nom de la structure').fill('Hub des oublis');
  await page.getByLabel('Type de structure').selectOption({ label: 'Association' });
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await confirmAddress(page, email);

  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
  await expectHydrated(page);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
  await expect(page.getByText(`Si un compte existe avec l’adresse ${email}`)).toBeVisible();
  await page.goto(await linkFromMailbox(email, '/mot-de-passe-oublie/'));
  await expectHydrated(page);
  await expectAccessible(page);
  await screenshot(page, 'nouveau-mot-de-passe');
  await page.getByLabel('Nouveau mot de passe').fill('aaaaaaaaaa');
  await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
  await expect(page.getByLabel('Nouveau mot de passe')).toHaveAccessibleDescription(/trop facile à deviner/);
  await page.getByLabel('Nouveau mot de passe').fill('second-mot-de-passe-trombone');
  await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
  await expect(page.getByText('Votre mot de passe a été changé.')).toBeVisible();

  // Signed in on two devices; « Se déconnecter de tous les appareils » on one ends both.
  const account = { email, password: 'second-mot-de-passe-trombone' };
  await signInAs(page, account);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, account);
  await page.goto('/compte');
  await page.getByRole('button', { name: 'Se déconnecter de tous les appareils' }).click();
  await expect(page).toHaveURL(/\/connexion/);
  await otherPage.goto('/compte');
  await expect(otherPage).toHaveURL(/\/connexion/);
  await other.close();
});
