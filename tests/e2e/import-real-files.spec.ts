// Issue 15, points 9 and 12, through the UI: the per-day HelloAsso export and the bilan's expense table of
// tests/fixtures/imports are uploaded to a two-day event; the preview shows the tarif → days mapping.
import path from 'node:path';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'imports');

test('a coordinator imports a per-day ticket export, checks the days of each tarif, then the expense table', async ({ page, seed, hub }) => {
  const event = await seed.createRegionalProgramme(hub);
  await signInAs(page, hub.coordinator);

  await page.goto(`/evenements/${event.id}/participants/import`);
  await page.getByRole('radio', { name: 'HelloAsso' }).check();
  await page.getByLabel('Fichier').setInputFiles(path.join(FIXTURES, 'helloasso-rencontres-occitanie.csv'));
  await page.getByRole('button', { name: 'Analyser le fichier' }).click();
  await expect(page.getByRole('heading', { name: /^Aperçu d(’|e )helloasso-rencontres-occitanie\.csv$/ })).toBeFocused();
  await expect(page.getByLabel('Tarif ou billet (jours)')).toHaveValue('6');
  await expect(page.getByLabel('Statut de la commande')).toHaveValue('2');

  // One row per tarif, its days proposed from its name.
  const days = page.getByRole('region', { name: 'Jours de chaque tarif' });
  await expect(days.getByRole('row')).toHaveCount(4);
  await expect(page.getByLabel('Pass 2 jours : jeudi 17 juin')).toBeChecked();
  await expect(page.getByLabel('Pass 2 jours : vendredi 18 juin')).toBeChecked();
  await expect(page.getByLabel('Pass jeudi : jeudi 17 juin')).toBeChecked();
  await expect(page.getByLabel('Pass jeudi : vendredi 18 juin')).not.toBeChecked();
  await expect(page.getByLabel('Pass vendredi : jeudi 17 juin')).not.toBeChecked();
  await expect(page.getByText('28 billets regroupés avec un autre billet de la même personne', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: /2 billets remboursés ou annulés/ })).toBeVisible();
  await expect(page.getByText('Attendus : jeudi 17 juin 91 personnes · vendredi 18 juin 83 personnes')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'import-billets-par-jour');

  // The coordinator corrects a tarif: the expected counts follow; then puts it back.
  await page.getByLabel('Pass jeudi : vendredi 18 juin').check();
  await expect(page.getByText('Attendus : jeudi 17 juin 91 personnes · vendredi 18 juin 106 personnes')).toBeVisible();
  await page.getByLabel('Pass jeudi : vendredi 18 juin').uncheck();
  await expect(page.getByText('Attendus : jeudi 17 juin 91 personnes · vendredi 18 juin 83 personnes')).toBeVisible();
  await expect(page.getByText('106 inscriptions seront créées', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByText('Import terminé : 106 inscriptions créées', { exact: false })).toBeVisible();

  // The bilan's expense table: category titles, totals, French months, lines not forecast.
  await page.goto(`/evenements/${event.id}/budget`);
  await page.getByLabel('Fichier à importer').setInputFiles(path.join(FIXTURES, 'bilan-depenses-rencontres-occitanie.csv'));
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  const preview = page.getByRole('table', { name: 'Aperçu : 8 lignes prêtes à importer' });
  await expect(preview).toBeVisible();
  await expect(preview.getByText('non prévu')).toHaveCount(2);
  await expect(preview).toContainText('Charges de personnel');
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByText('8 lignes importées.')).toBeVisible();
  await expect(page.getByText(/sans explication/)).toHaveCount(0);
  await expectAccessible(page);
});
