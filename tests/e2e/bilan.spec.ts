import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

const ANALYSIS = 'Le public des conseillers numériques est venu en nombre ; l’atelier annulé a manqué.';

test('a coordinator writes the bilan of a past event and validates a version', async ({ page, seed, hub }) => {
  const event = await seed.createPastEvent(hub);
  await signInAs(page, hub.coordinator);
  await page.getByRole('link', { name: event.title, exact: true }).first().click();
  await page.getByRole('navigation', { name: 'Sections de l’événement' }).getByRole('link', { name: 'Bilan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cadre d’évaluation' })).toBeVisible();

  // The preview already holds Trame's figures: 36 expected, 32 present with 2 walk-ins, 3 no-shows.
  const preview = page.getByRole('region', { name: 'Aperçu du bilan' });
  const perDay = preview.getByRole('table', { name: 'Participant·es par jour (hors intervenant·es)' });
  await expect(perDay.getByRole('row').nth(1)).toContainText(/36\s*32\s*2\s*3\s*3\s*8,3\s%/);
  await expect(preview.getByRole('table', { name: 'Séances annulées' })).toContainText('Intervenante indisponible');
  await expect(preview.getByText('15 réponses sur 32 personnes sollicitées')).toBeVisible();
  // Content only: the rule is stated, the objective said plainly.
  await expect(preview.getByText(/^Une demi-journée compte quand au moins 30 minutes de contenu/)).toBeVisible();
  await expect(preview.getByText(/^Objectif de \d+.*participant·es\s: (non atteint|atteint|dépassé) \(32\)\.$/)).toBeVisible();

  await page.getByLabel('Pourquoi ?', { exact: true }).fill('Faire se rencontrer les acteurs de l’inclusion numérique du département.');
  await page.getByLabel('Qui ?', { exact: true }).fill('Conseillers numériques, médiateurs, élus.');
  await page.getByLabel('Comment ?', { exact: true }).fill('Une plénière, une démo et deux ateliers ; un questionnaire le lendemain.');
  await page.getByLabel('Quoi ?', { exact: true }).fill('30 participants, des contacts entre structures.');
  await page.getByRole('button', { name: 'Enregistrer le cadre' }).click();
  await expect(page.getByText('Cadre d’évaluation enregistré.')).toBeVisible();

  await page.getByLabel('Introduction', { exact: true }).fill('Première rencontre locale du réseau à Marseille.');
  await page.getByLabel('Analyse', { exact: true }).fill(ANALYSIS);
  await page.getByLabel('À garder', { exact: true }).fill('Le tour de table\nGarder la Cité des associations');
  await page.getByLabel('À améliorer', { exact: true }).fill('Prévoir une intervenante de secours');
  await page.getByLabel('Personnes pendant l’événement', { exact: true }).fill('6');
  await page.getByLabel('Heures pendant l’événement', { exact: true }).fill('48');
  await page.getByRole('button', { name: 'Enregistrer les textes' }).click();
  await expect(page.getByText('Textes enregistrés : l’aperçu est à jour.')).toBeVisible();
  await expect(preview.getByText(ANALYSIS)).toBeVisible();
  await expect(preview.getByText('Garder la Cité des associations')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'bilan-edit');

  await page.getByRole('button', { name: 'Valider le bilan' }).click();
  const number = '1';
  const confirm = page.getByRole('button', { name: `Confirmer la validation de la version ${number}` });
  await expect(confirm).toBeFocused();
  await confirm.click();
  await expect(page.getByText(`Bilan validé : version ${number}.`)).toBeVisible();
  const versions = page.getByRole('table', { name: 'Versions validées' });
  await expect(versions.getByRole('link', { name: `Version ${number}` })).toHaveAttribute('href', new RegExp(`/bilan/versions/${number}$`));
  await expect(versions).toContainText(hub.coordinator.name);
  await expect(page.getByText(`Le bilan n’a pas changé depuis la version ${number}.`)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'bilan-validated');
  await preview.screenshot({ path: 'tests/e2e/screenshots/bilan-preview.png' });
});
