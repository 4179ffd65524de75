import { randomUUID } from 'node:crypto';
import { expect, signInAs, test } from './fixtures';
import { confirmAddress } from './account-links';
import { DEMO_COORDINATOR, DEMO_FUNDER, expectAccessible, screenshot } from './support';

// The one journey on the demo data (read only): people try Trame with these accounts.
test('the demo coordinator signs in, sees the events, and signs out', async ({ page }) => {
  await page.goto('/compte'); // « / » is the landing page when signed out
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'connexion');

  await signInAs(page, DEMO_COORDINATOR);
  await expect(page.getByRole('heading', { name: 'Bonjour Camille Martin' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'RéZolutions numériques — rencontre régionale' })).toBeVisible();
  await expect(page.getByText('11–12 février 2027')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'tableau-de-bord');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnexion=1$/);
  await expect(page.getByText('Vous êtes déconnecté·e.')).toBeVisible();
  await page.goto('/compte'); // « / » is the landing page when signed out
  await expect(page).toHaveURL(/\/connexion$/);
});

test('pages carry the security headers', async ({ page }) => {
  const response = await page.goto('/connexion');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
});

test('a wrong password gets a French error and no session', async ({ page, hub }) => {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(hub.coordinator.email);
  await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'E-mail' })).toHaveText('E-mail ou mot de passe incorrect.');
  await expectAccessible(page);
  await screenshot(page, 'connexion-erreur');
  await page.goto('/compte'); // « / » is the landing page when signed out
  await expect(page).toHaveURL(/\/connexion$/);
});

test('repeated failed sign-ins on one account are slowed down', async ({ page }) => {
  const email = `inconnu-${randomUUID().slice(0, 8)}@exemple.fr`;
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await page.getByLabel('Mot de passe').fill(`essai-${attempt}`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'E-mail' })).toHaveText('E-mail ou mot de passe incorrect.');
  }
  await page.getByLabel('Mot de passe').fill('essai-11');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Trop de tentatives' })).toContainText('Réessayez dans 15 minutes');
});

test('empty and malformed fields get messages beside them', async ({ page }) => {
  await page.goto('/inscription');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByLabel('Prénom et nom')).toHaveAccessibleDescription('Indiquez votre nom.');
  await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByText('Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).')).toBeVisible();
  await expect(page.getByText('Le mot de passe doit contenir au moins 10 caractères.')).toBeVisible();
  await expect(page.getByText('Choisissez le type de structure.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'inscription-erreurs');
});

test('sign up creates an account and its organisation, then invites a colleague', async ({ page, browser }) => {
  const tag = randomUUID().slice(0, 8);
  const email = `e2e-${tag}@exemple.fr`;
  const organisation = `Hub de test ${tag}`;
  await page.goto('/inscription');
  await expectAccessible(page);
  await page.getByLabel('Prénom et nom').fill('Lou Essai');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide');
  await page.getByLabel('Nom de la structure').fill(organisation);
  await page.getByLabel('Type de structure').selectOption({ label: 'Hub territorial pour un numérique inclusif' });
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  // The account opens once the address is confirmed through the e-mailed link.
  await confirmAddress(page, email);
  await expectAccessible(page);
  await signInAs(page, { email, password: 'un-mot-de-passe-solide' });
  await expect(page.getByRole('heading', { name: 'Bonjour Lou Essai' })).toBeVisible();
  await expect(page.getByText('Aucun événement pour le moment.')).toBeVisible();

  await page.getByRole('link', { name: 'Ma structure' }).click();
  await expect(page.getByRole('heading', { name: organisation })).toBeVisible();
  await page.getByRole('button', { name: 'Créer le lien d’invitation' }).click();
  const link = await page.getByLabel('Lien d’invitation').inputValue();
  expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);
  await screenshot(page, 'ma-structure');

  // A colleague without an account opens the link in another browser and joins.
  const colleague = await browser.newContext();
  const colleaguePage = await colleague.newPage();
  await colleaguePage.goto(link);
  await expect(colleaguePage.getByRole('heading', { name: `Rejoindre ${organisation}` })).toBeVisible();
  await expectAccessible(colleaguePage);
  await screenshot(colleaguePage, 'invitation');
  await colleaguePage.getByLabel('Prénom et nom').fill('Noa Collègue');
  await colleaguePage.getByLabel('Adresse e-mail').fill(`collegue-${email}`);
  await colleaguePage.getByLabel('Mot de passe').fill('un-autre-mot-de-passe');
  await colleaguePage.getByRole('button', { name: 'Créer mon compte et rejoindre la structure' }).click();
  await confirmAddress(colleaguePage, `collegue-${email}`);
  await signInAs(colleaguePage, { email: `collegue-${email}`, password: 'un-autre-mot-de-passe' });
  await expect(colleaguePage.getByRole('heading', { name: 'Bonjour Noa Collègue' })).toBeVisible();
  await expect(colleaguePage.getByText(organisation).first()).toBeVisible();
  await colleague.close();

  // Signing up again with the same e-mail answers the same thing and creates nothing: the owner is warned by e-mail.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion/);
  await page.goto('/inscription');
  await page.getByLabel('Prénom et nom').fill('Lou Bis');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide');
  await page.getByLabel('Nom de la structure').fill('Autre hub');
  await page.getByLabel('Type de structure').selectOption({ label: 'Association' });
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByText('Vérifiez votre boîte e-mail.')).toBeVisible();
  await expect(page.getByText(/Un compte existe déjà/)).toHaveCount(0);
});

test('the demo funder signs in too', async ({ page }) => {
  await signInAs(page, DEMO_FUNDER);
  await expect(page.getByRole('heading', { name: 'Bilans partagés' })).toBeVisible();
});

test('a funder sees the shared bilans space, read-only', async ({ page, seed, hub }) => {
  const funder = await seed.createFunder(hub);
  await signInAs(page, funder.user);
  await expect(page.getByRole('heading', { name: 'Bilans partagés' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tableau de bord' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'financeur');
});
