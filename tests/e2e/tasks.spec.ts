import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

const FIRST_TASK = 'Désigner la structure tête de file ou le groupe d’initiative';
const SECOND_TASK = 'Obtenir un soutien politique : dirigeants bénévoles, personnalité du territoire, financeur';

async function openTasks(page: Page, EVENT: string) {
  await page.goto('/');
  await page.getByRole('link', { name: EVENT, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections de l’événement' }).getByRole('link', { name: 'Tâches et communication' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tâches', exact: true })).toBeVisible();
}

test('a coordinator plans the RéZolutions tasks, the communication plan and the figures to watch', async ({ page, seed, hub }) => {
  test.setTimeout(180_000);
  const EVENT = (await seed.createDraftEvent(hub)).title;
  await signInAs(page, hub.coordinator);
  await openTasks(page, EVENT);

  // The vademecum's template, applied twice: the second time adds nothing.
  await expect(page.getByLabel('Modèle de tâches')).toHaveValue('rezolutions');
  await page.getByRole('button', { name: 'Appliquer le modèle' }).click();
  await expect(page.getByText('21 tâches ajoutées.')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(21);
  await page.getByRole('button', { name: 'Appliquer le modèle' }).click();
  await expect(page.getByText('rien n’a été ajouté')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(21);

  // Tick two tasks, one with the mouse and one with the keyboard; they stay ticked after a reload.
  const first = page.getByRole('checkbox', { name: FIRST_TASK, exact: true });
  await first.check();
  await expect(first).toBeChecked();
  const second = page.getByRole('checkbox', { name: SECOND_TASK, exact: true });
  await second.focus();
  await page.keyboard.press('Space');
  await expect(second).toBeChecked();
  await expect(page.getByText('2 faites')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: FIRST_TASK, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: SECOND_TASK, exact: true })).toBeChecked();
  await expect(page.getByRole('heading', { level: 3, name: /^Identifier/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'taches');

  // By week, then late: ticked tasks are never late.
  const views = page.getByRole('navigation', { name: 'Vues de la liste de tâches' });
  await views.getByRole('link', { name: 'Par semaine' }).click();
  await expect(page).toHaveURL(/\?vue=semaine$/);
  await expect(views.getByRole('link', { name: 'Par semaine' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 3, name: /^Semaine \d+/ }).first()).toBeVisible();
  await expect(page.getByText('J-120').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'taches-semaine');
  await views.getByRole('link', { name: /^En retard/ }).click();
  await expect(page.getByRole('heading', { level: 3, name: /^Tâches en retard/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: FIRST_TASK, exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // A task by hand: refused without a title, then added at J-10.
  const title = `Commander les badges ${randomUUID().slice(0, 6)}`;
  await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
  await expect(page.getByText('Donnez un intitulé (3 caractères au moins).')).toBeVisible();
  await page.getByLabel('Intitulé').fill(title);
  await page.getByLabel('Jours par rapport à l’événement').fill('J-10');
  await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
  await expect(page.getByText(`Tâche « ${title} » ajoutée.`)).toBeVisible();
  await page.getByRole('navigation', { name: 'Vues de la liste de tâches' }).getByRole('link', { name: 'Par étape' }).click();
  await expect(page.getByRole('checkbox', { name: title, exact: true })).toBeVisible();

  // Edit it to a fixed date, then delete it (two steps).
  await page.getByRole('link', { name: `Modifier la tâche « ${title} »` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Modifier la tâche' })).toBeVisible();
  await expect(page.getByLabel('Jours par rapport à l’événement')).toHaveValue('J-10');
  await page.getByLabel('Date fixe').check();
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2027-01-29');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer la tâche' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tâches', exact: true })).toBeVisible();
  await expect(page.locator('li', { has: page.getByRole('checkbox', { name: title, exact: true }) })).toContainText(
    'Date fixe : vendredi 29 janvier 2027',
  );
  await page.getByRole('link', { name: `Modifier la tâche « ${title} »` }).click();
  await page.getByRole('button', { name: 'Supprimer la tâche' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tâches', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: title, exact: true })).toHaveCount(0);

  // The default communication plan: J-30, J-15, J-7, once.
  await page.getByRole('navigation', { name: 'Tâches et communication' }).getByRole('link', { name: 'Plan de communication' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Plan de communication' })).toBeVisible();
  await page.getByRole('button', { name: 'Créer le plan par défaut' }).click();
  await expect(page.getByText('3 mailings ajoutés au plan.')).toBeVisible();
  const table = page.getByRole('table', { name: /Actions de communication/ });
  await expect(table.getByRole('rowheader')).toHaveText([/Mailing J-30/, /Mailing J-15/, /Mailing J-7/]);
  await page.getByRole('button', { name: 'Créer le plan par défaut' }).click();
  await expect(page.getByText('rien n’a été ajouté')).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Statut de « Mailing J-30 »' }).selectOption('DONE');
  await page.getByRole('button', { name: 'Enregistrer le statut de « Mailing J-30 »' }).click();
  await expect(table.getByRole('row', { name: /Mailing J-30/ }).getByRole('status')).toHaveText('Enregistré');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Statut de « Mailing J-30 »' })).toHaveValue('DONE');
  await expectAccessible(page);
  await screenshot(page, 'communication');

  // The figures to watch: a hand-entered rate, kept after a reload; Trame's own figures say what feeds them.
  await page.getByRole('navigation', { name: 'Tâches et communication' }).getByRole('link', { name: 'Données à suivre' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Données à suivre' })).toBeVisible();
  await expect(page.getByText('calculé par Trame').first()).toBeVisible();
  await expect(page.getByText(/Seuil du webinaire : Toutes les inscriptions à J-10/)).toBeVisible();
  await page.getByLabel('Taux de rebond (bounce) des mailings (%)').fill('150');
  await page.getByRole('button', { name: 'Enregistrer les données' }).click();
  await expect(page.getByText('Indiquez une valeur entre 0 et 100 %.')).toBeVisible();
  await page.getByLabel('Taux de rebond (bounce) des mailings (%)').fill('3,5');
  await page.getByRole('button', { name: 'Enregistrer les données' }).click();
  await expect(page.getByText('Données enregistrées.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Taux de rebond (bounce) des mailings (%)')).toHaveValue('3,5');
  await expectAccessible(page);
  await screenshot(page, 'donnees-a-suivre');

  // The dashboard's « Cette semaine » links back to the event's tasks.
  await page.goto('/');
  const week = page.getByRole('region', { name: 'Cette semaine' });
  await expect(week).toBeVisible();
  await expect(week.getByRole('link', { name: EVENT, exact: true })).toHaveAttribute('href', /\/taches\?vue=semaine$/);
  await expectAccessible(page);
  await screenshot(page, 'tableau-de-bord-cette-semaine');
});
