import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { confirmAddress } from './account-links';
import { expectAccessible, expectHydrated, screenshot } from './support';

/** A screenshot at the desktop (1440×900) and phone (390×844) sizes, the page kept at desktop size after. */
async function shootBoth(page: Page, name: string) {
  for (const [size, viewport] of [['bureau', { width: 1440, height: 900 }], ['telephone', { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${size}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('the first hour: landing, anonymous diagnostic, sign-up keeps it, its territory, an event and its next steps', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const tag = randomUUID().slice(0, 8);
  const email = `premiere-heure-${tag}@exemple.fr`;

  // Signed out, « / » says what Trame does and for whom.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Préparez, animez et rendez compte/);
  await expect(page.getByRole('heading', { name: 'Les financeurs', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Parcourir le catalogue des formats', exact: true })).toHaveAttribute('href', '/formats');
  await expectAccessible(page);
  await shootBoth(page, 'accueil');

  // The anonymous diagnostic: an empty submit points at the first question, then three answers.
  await page.getByRole('link', { name: 'Faire le diagnostic de mon territoire', exact: true }).click();
  await expect(page).toHaveURL(/\/diagnostic-express$/);
  await expectHydrated(page);
  await page.getByRole('button', { name: 'Voir le niveau et les formats', exact: true }).click();
  await expect(page.getByRole('radio', { name: '1 — Peu d\'échanges entre acteurs' })).toBeFocused();
  await expect(page.getByRole('group', { name: '1. Écosystème des professionnels' })).toHaveAccessibleDescription(/Choisissez une réponse/);
  await page.getByRole('radio', { name: '2 — Des acteurs qui se connaissent' }).check();
  await page.getByRole('radio', { name: '2 — Quelques rencontres' }).check();
  await page.getByRole('radio', { name: '1 — Pas d\'engagement' }).check();
  await page.getByRole('button', { name: 'Voir le niveau et les formats', exact: true }).click();
  await expect(page).toHaveURL(/\/diagnostic-express\?reponses=2-2-1#resultat$/);
  await expect(page.getByRole('heading', { name: "Niveau 2 — Passer à l'action" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Atelier', exact: true })).toHaveAttribute('href', '/formats/atelier');
  await expectAccessible(page);
  await shootBoth(page, 'diagnostic-anonyme');

  // Signing up keeps it.
  await page.getByRole('link', { name: 'Enregistrer ce diagnostic en créant un compte', exact: true }).click();
  await expect(page).toHaveURL(/\/inscription\?reponses=2-2-1$/);
  await expect(page.getByText(/Votre diagnostic \(niveau 2/)).toBeVisible();
  await expectHydrated(page);
  await page.getByLabel('Prénom et nom').fill('Sacha Premier');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide');
  await page.getByLabel('Nom de la structure').fill(`Hub premier ${tag}`);
  await page.getByLabel('Type de structure').selectOption({ label: 'Hub territorial pour un numérique inclusif' });
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await confirmAddress(page, email);
  await signInAs(page, { email, password: 'un-mot-de-passe-solide' });

  // The dashboard asks the territory of the kept diagnostic, its answers already chosen.
  const pending = page.getByRole('region', { name: 'Enregistrez votre diagnostic' });
  await expect(pending).toContainText('niveau 2');
  await expect(pending.getByRole('radio', { name: '2 — Quelques rencontres' })).toBeChecked();
  await expectAccessible(page);
  await shootBoth(page, 'tableau-de-bord-diagnostic-garde');
  await pending.getByRole('combobox', { name: 'Territoire' }).fill('marseille');
  await page.getByRole('option', { name: 'Marseille (commune, 13)' }).click();
  await pending.getByRole('button', { name: 'Enregistrer et voir le résultat' }).click();
  await expect(page).toHaveURL(/\/diagnostic\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: "Niveau 2 — Passer à l'action" })).toBeVisible();

  // Past diagnostics from the menu.
  const menu = page.getByRole('navigation', { name: 'Navigation principale' });
  await menu.getByRole('link', { name: 'Mes diagnostics', exact: true }).click();
  await expect(menu.getByRole('link', { name: 'Mes diagnostics', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Marseille (commune, 13), niveau 2', exact: true })).toBeVisible();
  await expectAccessible(page);
  await shootBoth(page, 'mes-diagnostics');
  // The catalogue inside the app.
  await menu.getByRole('link', { name: 'Formats', exact: true }).click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(menu.getByRole('link', { name: 'Formats', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  // The public catalogue's address opens it inside the app too.
  await page.goto('/formats?niveau=2');
  await expect(page).toHaveURL(/\/catalogue\?niveau=2$/);
  await expect(page.getByRole('heading', { name: 'Formats recommandés au niveau 2' })).toBeVisible();

  // An event from the diagnostic lands on the event, its next step first.
  await menu.getByRole('link', { name: 'Mes diagnostics', exact: true }).click();
  await page.getByRole('link', { name: 'Marseille (commune, 13), niveau 2', exact: true }).click();
  await expectHydrated(page);
  await page.getByLabel('Titre de l’événement').fill(`Rencontre ${tag}`);
  await page.getByRole('button', { name: 'Créer l’événement en brouillon' }).click();
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Rencontre ${tag}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Prochaines étapes' })).toBeVisible();
  await expect(page.getByText('(à faire maintenant)')).toBeVisible();
  const sections = page.getByRole('navigation', { name: 'Sections de l’événement' });
  await expect(sections.getByRole('group', { name: 'Préparer' }).getByRole('link', { name: 'Aperçu', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(sections.getByRole('group', { name: 'Après' }).getByRole('link', { name: 'Bilan', exact: true })).toBeVisible();
  await expectAccessible(page);
  await shootBoth(page, 'evenement-cree');
});

test('publishing from the overview says what becomes public, gives the link, and can be undone', async ({ page, seed, hub }) => {
  const event = await seed.createDraftEvent(hub);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${event.id}`);
  await expectHydrated(page);

  const publication = page.getByRole('region', { name: 'Publication' });
  await publication.getByRole('button', { name: 'Publier', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publier l’événement ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('le programme, avec le nom des intervenant·es');
  await expect(dialog).toContainText('le formulaire d’inscription');
  const link = dialog.getByRole('link', { name: new RegExp(`/e/${event.slug}$`) });
  await expect(link).toBeVisible();
  await dialog.getByRole('button', { name: 'Copier le lien de la page publique' }).click();
  await expect(dialog.getByText('Lien copié.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/e/${event.slug}$`));
  await expectAccessible(page);
  await shootBoth(page, 'publier-confirmation');
  // Échap closes without publishing; then confirm.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await publication.getByRole('button', { name: 'Publier', exact: true }).click();
  await dialog.getByRole('button', { name: 'Confirmer la publication' }).click();
  await expect(publication.getByText('Événement publié : sa page publique est en ligne.')).toBeVisible();
  expect((await page.request.get(`/e/${event.slug}`)).status()).toBe(200);

  // Unpublishing: the public page is gone, the event is a draft again.
  await publication.getByRole('button', { name: 'Dépublier', exact: true }).click();
  const undo = page.getByRole('dialog', { name: 'Dépublier l’événement ?' });
  await expect(undo).toContainText('les inscriptions déjà reçues restent');
  await expectAccessible(page);
  await undo.getByRole('button', { name: 'Confirmer la dépublication' }).click();
  await expect(publication.getByText('Événement dépublié : il est de nouveau en brouillon.')).toBeVisible();
  await expect(publication.getByRole('button', { name: 'Publier', exact: true })).toBeVisible();
  expect((await page.request.get(`/e/${event.slug}`)).status()).toBe(404);
});
