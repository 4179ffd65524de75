// Issue 15.13 and 15.15: a co-organiser not on Trame, later linked; results gathered outside Trame, typed and imported.
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated } from './support';

test('a coordinator names a co-organiser not on Trame, then links it once it has joined', async ({ page, seed, hub }) => {
  const event = await seed.createDraftEvent(hub);
  const partnerName = `Tiers-lieu ${hub.tag}`;
  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${event.id}/modifier`);
  await expectHydrated(page);

  await page.getByRole('button', { name: 'Ajouter une structure hors Trame' }).click();
  await page.getByLabel('Structure hors Trame 1 : nom').fill(partnerName);
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(page).toHaveURL(new RegExp(`/evenements/${event.id}$`));
  await expect(page.getByText(`${partnerName} (hors Trame)`)).toBeVisible();

  // The partner joins Trame under the same name: the overview offers to link it.
  await seed.createOtherOrganisation({ name: partnerName, kind: 'ASSOCIATION' });
  await page.reload();
  const link = page.getByRole('region', { name: 'Co-organisateurs hors Trame désormais inscrits' });
  await expect(link).toContainText('même nom');
  await expectAccessible(page);
  await link.getByRole('button', { name: /Relier et inviter/ }).click();
  await expect(page.getByText(`« ${partnerName} » est invitée à co-organiser`)).toBeVisible();
  await expect(page.getByText(`${partnerName} (invitation en attente)`)).toBeVisible();
});

// « Réponses » and « Citations » are also words of longer labels (« Nombre de réponses… », the quotes'
// consent): those two fields are reached by their exact accessible name.
test('a coordinator types and imports results gathered outside Trame, marked as such in the bilan', async ({ page, seed, hub }) => {
  const event = await seed.createPastEvent(hub);
  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${event.id}/bilan`);
  await expectHydrated(page);
  const section = page.getByRole('region', { name: 'Résultats recueillis hors Trame' });
  await expect(section.getByText('Aucun résultat recueilli hors Trame.')).toBeVisible();

  await section.getByRole('button', { name: 'Saisir des résultats recueillis hors Trame' }).click();
  await section.getByRole('combobox', { name: 'Source', exact: true }).first().fill('formulaire en ligne externe');
  await section.getByLabel('Nombre de réponses recueillies').fill('12');
  await section.getByRole('button', { name: 'Ajouter une question notée' }).click();
  await section.getByLabel('Question 1 : intitulé').fill('Accueil');
  await section.getByRole('textbox', { name: 'Réponses', exact: true }).fill('12');
  await section.getByLabel('Moyenne sur 5').fill('4,2');
  await section.getByRole('textbox', { name: 'Citations', exact: true }).fill('Une journée très utile — Awa');
  // Quotes without the authors' consent are refused.
  await section.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(section.getByText(/accord de son auteur·rice/)).toBeVisible();
  await section.getByLabel(/a donné son accord/).check();
  await section.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(section.getByText('Résultats recueillis hors Trame enregistrés.')).toBeVisible();
  await expect(section.getByText('formulaire en ligne externe (12 réponses, saisies à la main)')).toBeVisible();

  // A malformed file: French error with its line, nothing imported.
  await section.getByLabel('Fichier de réponses').setInputFiles({ name: 'papier.csv', mimeType: 'text/csv', buffer: Buffer.from('Accueil;Citation;Consentement\r\n4;Bien;oui\r\n9;Bof;non\r\n', 'utf8') });
  await section.getByRole('button', { name: 'Importer les réponses' }).click();
  await expect(section.getByText('1 erreur dans le fichier : rien n’a été importé.')).toBeVisible();
  await expect(section.getByText('Ligne 3 : Colonne « Accueil » : « 9 » n’est pas une note entière de 1 à 5.')).toBeVisible();

  await section.getByLabel('Fichier de réponses').setInputFiles({
    name: 'papier.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Accueil;Avis à chaud;Consentement;Prénom\r\n5;Bravo;oui;Inès\r\n4;Trop court;non;Paul\r\n', 'utf8'),
  });
  await section.getByRole('button', { name: 'Importer les réponses' }).click();
  await expect(section.getByText(/2 réponses importées, 1 question notée, 1 citation\./)).toBeVisible();

  const preview = page.getByRole('region', { name: 'Aperçu du bilan' });
  const outside = preview.getByTestId('outside-results');
  await expect(outside).toContainText('Ces résultats ont été recueillis hors de Trame');
  await expect(outside).toContainText('Réponses recueillies hors Trame');
  // Accueil: 12 answers at 4,2 and 2 at 4,5 → (4,2 × 12 + 4,5 × 2) ÷ 14 = 4,24… → 4,2.
  await expect(outside.getByRole('table')).toContainText(/Accueil.*14\s*4,2/);
  await expect(outside).toContainText('« Bravo » — Inès');
  await expect(outside).not.toContainText('Trop court');
  await expectAccessible(page);
});
