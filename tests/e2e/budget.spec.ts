import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function openBudget(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await page.getByRole('navigation', { name: 'Sections de l’événement' }).getByRole('link', { name: 'Budget' }).click();
  await expect(page.getByRole('heading', { name: 'Synthèse du budget' })).toBeVisible();
}

/** By role and accessible name: a required field's visible label also carries a decorative « * ». */
function input(form: Locator, label: string) {
  return form.getByRole('textbox', { name: label, exact: true });
}

function select(form: Locator, label: string) {
  return form.getByRole('combobox', { name: label, exact: true });
}

async function save(page: Page, form: Locator, label: string) {
  await form.getByRole('button', { name: 'Enregistrer la ligne' }).click();
  await expect(page.getByText(`Ligne « ${label} » enregistrée.`)).toBeVisible();
}

async function editActual(page: Page, label: string, actual: string) {
  await page.getByRole('button', { name: `Modifier « ${label} »` }).click();
  const form = page.getByRole('form', { name: `Modifier « ${label} »` });
  await input(form, 'Réalisé (€)').fill(actual);
  return form;
}

test('a coordinator builds a forecast budget for two co-organisers and a subsidy, then enters the actuals', async ({ page, seed, hub }) => {
  const HUB = hub.organisation.name;
  const partner = await seed.createOtherOrganisation({ name: `Mouvement associatif ${hub.tag}`, kind: 'MOUVEMENT_ASSOCIATIF' });
  const PARTNER = partner.organisation.name;
  const event = await seed.createDraftEvent(hub, { coOrganiserIds: [partner.organisation.id] });
  await signInAs(page, hub.coordinator);
  await openBudget(page, event.title);
  // An empty budget is not « équilibré »: nothing to balance yet, and no actuals.
  const overview = page.getByRole('region', { name: 'Synthèse du budget' });
  await expect(overview.getByText('Équilibre prévisionnel').locator('..')).toContainText('Budget vide');
  await expect(overview.getByText('Aucun réalisé saisi')).toBeVisible();
  await expect(overview.getByText('Équilibre réalisé', { exact: true })).toHaveCount(0);

  // Forecast: meals paid by the hub (quantity × unit price), the room paid by the Mouvement associatif.
  await page.getByRole('button', { name: 'Ajouter une charge' }).click();
  let form = page.getByRole('form', { name: 'Nouvelle charge' });
  await select(form, 'Catégorie').selectOption({ label: 'Achats' });
  await select(form, 'Sous-catégorie').selectOption({ label: 'Restauration (repas, café, collations)' });
  await input(form, 'Libellé').fill('Déjeuner des participants');
  await select(form, 'Payé par').selectOption({ label: HUB });
  await input(form, 'Quantité').fill('60');
  await input(form, 'Prix unitaire (€)').fill('25');
  await expect(input(form, 'Prévisionnel (€)')).toHaveValue('1 500,00');
  await save(page, form, 'Déjeuner des participants');

  await page.getByRole('button', { name: 'Ajouter une charge' }).click();
  form = page.getByRole('form', { name: 'Nouvelle charge' });
  await select(form, 'Catégorie').selectOption({ label: 'Location du lieu' });
  await input(form, 'Libellé').fill('Location de la salle');
  await select(form, 'Payé par').selectOption({ label: PARTNER });
  await input(form, 'Prévisionnel (€)').fill('800');
  await save(page, form, 'Location de la salle');

  // One subsidy, received by the hub; the funder is required.
  await page.getByRole('button', { name: 'Ajouter un produit' }).click();
  form = page.getByRole('form', { name: 'Nouveau produit' });
  await select(form, 'Catégorie').selectOption({ label: 'Subvention' });
  await input(form, 'Libellé').fill('Subvention régionale');
  await select(form, 'Reçu par').selectOption({ label: HUB });
  await input(form, 'Prévisionnel (€)').fill('1 000');
  await form.getByRole('button', { name: 'Enregistrer la ligne' }).click();
  await expect(form.getByText('Indiquez le financeur de cette subvention.')).toBeVisible();
  await input(form, 'Financeur').fill('Région Provence-Alpes-Côte d’Azur');
  await select(form, 'Type de financeur').selectOption({ label: 'Région' });
  await save(page, form, 'Subvention régionale');

  await expect(page.getByText('déficit de 1 300,00 €').first()).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter les lignes de budget interne proposées' }).click();
  await expect(page.getByText('Les lignes de budget interne sont à jour.')).toBeVisible();
  const interne = page.getByRole('table', { name: 'Budget interne par co-organisateur' });
  await expect(interne.getByRole('row', { name: startsWith(HUB) })).toContainText('500,00 €');
  await expect(interne.getByRole('row', { name: startsWith(PARTNER) })).toContainText('800,00 €');

  // Actuals: meals overran by 20 %, so the explanation is asked for beside its field.
  form = await editActual(page, 'Déjeuner des participants', '1 800');
  await expect(form.getByText('Obligatoire : le réalisé s’écarte de plus de 15 % du prévisionnel.')).toBeVisible();
  await form.getByRole('button', { name: 'Enregistrer la ligne' }).click();
  await expect(form.getByText(/L'écart entre le réalisé et le prévisionnel dépasse 15 %/)).toBeVisible();
  await input(form, 'Explication de l’écart').fill('Vingt participants de plus que prévu.');
  await save(page, form, 'Déjeuner des participants');
  await save(page, await editActual(page, 'Location de la salle', '800'), 'Location de la salle');
  await save(page, await editActual(page, 'Subvention régionale', '1 000'), 'Subvention régionale');

  await page.getByRole('button', { name: 'Ajouter les lignes de budget interne proposées' }).click();
  await expect(page.getByText('Les lignes de budget interne sont à jour.')).toBeVisible();
  await expect(overview.getByText('Équilibre prévisionnel').locator('..')).toContainText('équilibré');
  await expect(overview.getByText('Équilibre réalisé').locator('..')).toContainText('équilibré');
  await expect(interne.getByRole('row', { name: startsWith(HUB) })).toContainText('800,00 €');
  await expect(page.getByRole('table', { name: 'Part de chaque financeur dans le total des produits' })).toContainText('Région Provence-Alpes-Côte d’Azur');

  const chart = page.getByRole('region', { name: 'Charges par catégorie : prévu et réalisé' });
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(chart.getByRole('table', { name: 'Données du graphique : charges par catégorie' })).toContainText('+300,00 € (+20 %)');

  await expect(page.getByText(/sans explication/)).toHaveCount(0);
  await page.mouse.move(0, 0);
  await expectAccessible(page);
  await screenshot(page, 'budget');
  await chart.screenshot({ path: 'tests/e2e/screenshots/budget-graphique.png' });

  // Export, then import the same file in place of the current lines: the budget comes back identical.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger en CSV (Excel)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^budget-.*\.csv$/);
  const buffer = await readFile(await download.path());
  await page.getByLabel('Fichier à importer').setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer });
  await page.getByRole('radio', { name: 'Remplacer toutes les lignes actuelles par celles du fichier' }).check();
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByRole('table', { name: 'Aperçu : 5 lignes prêtes à importer' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByText('5 lignes importées.')).toBeVisible();
  await expect(overview.getByText('Équilibre réalisé').locator('..')).toContainText('équilibré');
  await expect(page.getByRole('table', { name: 'Charges', exact: true })).toContainText('Déjeuner des participants');
});
