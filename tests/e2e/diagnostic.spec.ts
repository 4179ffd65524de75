import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

/** Presses Tab until `target` has the focus: the journey never clicks. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Focus never reached ${target}`);
}

/** Picks an answer in a radio group: Tab lands on the first answer, arrows move and check. */
async function answer(page: Page, value: 1 | 2 | 3) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 1; i < value; i += 1) await page.keyboard.press('ArrowRight');
}

async function diagnoseWithKeyboard(page: Page, answers: [1 | 2 | 3, 1 | 2 | 3, 1 | 2 | 3], shoot = false) {
  await page.goto('/diagnostic');
  await expect(page.getByRole('heading', { name: 'Diagnostic de maturité du territoire' })).toBeVisible();
  const combobox = page.getByRole('combobox', { name: 'Territoire' });
  await tabTo(page, combobox);
  await page.keyboard.type('marseille');
  const option = page.getByRole('option', { name: 'Marseille (commune, 13)' });
  await expect(option).toBeVisible();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  if (shoot) {
    await expectAccessible(page);
    await screenshot(page, 'diagnostic-recherche-territoire');
  }
  await page.keyboard.press('Enter');
  await expect(combobox).toHaveValue('Marseille (commune, 13)');
  await expect(page.getByText('Territoire choisi : Marseille (commune, 13).')).toBeVisible();
  for (const value of answers) await answer(page, value);
  if (shoot) {
    await expect(page.getByRole('radio', { name: '3 — Porteurs ou partenaires' })).toBeChecked();
    await expectAccessible(page);
    await screenshot(page, 'diagnostic-formulaire');
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Enregistrer et voir le résultat' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/diagnostic\/[0-9a-f-]{36}$/);
}

test('a coordinator diagnoses a territory with the keyboard, overrides the level, exports it and starts an event', async ({ page, hub }) => {
  await signInAs(page, hub.coordinator);

  // Empty submit: a message beside each question, focus on the first field in error.
  await page.goto('/diagnostic');
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer et voir le résultat' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Choisissez un territoire dans la liste des résultats de recherche.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Territoire' })).toBeFocused();
  await expect(page.getByRole('group', { name: '2. Événements existants' })).toHaveAccessibleDescription(/Choisissez une réponse/);

  // (1, 1, 3): the weakest answers hold the level at 1.
  await diagnoseWithKeyboard(page, [1, 1, 3], true);
  await expect(page.getByRole('heading', { level: 1, name: 'Marseille (commune, 13)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Niveau 1 — Mettre en synergie' })).toBeVisible();
  await expect(page.getByText('La médiane de vos réponses est 1')).toBeVisible();
  const formats = page.getByRole('region', { name: 'Formats recommandés au niveau 1' }).getByRole('link');
  await expect(formats).toHaveText(['Pitch', 'Démo', 'Atelier']);
  await expect(formats.first()).toHaveAttribute('href', '/formats/pitch');
  await expectAccessible(page);
  await screenshot(page, 'diagnostic-resultat');

  // Retain level 2 with a reason, still with the keyboard.
  await tabTo(page, page.getByText('Retenir un autre niveau'));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: "Niveau 2 — Passer à l'action" })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Le département finance déjà un plan d’inclusion numérique.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: "Niveau retenu : 2 (au lieu de 1) — Passer à l'action" })).toBeVisible();
  await expect(page.getByText('Le département finance déjà un plan d’inclusion numérique.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Formats recommandés au niveau 2' }).getByRole('link')).toHaveText([
    'Atelier',
    'Masterclass',
    'Démo',
    'Retex',
  ]);
  await expectAccessible(page);
  await screenshot(page, 'diagnostic-resultat-niveau-retenu');

  // The PDF, served by the built app.
  const pdf = await page.request.get(`${page.url()}/pdf`);
  expect(pdf.status()).toBe(200);
  const text = spawnSync('pdftotext', ['-', '-'], { input: await pdf.body(), encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  expect(text).toContain('Niveau retenu : 2 (au lieu de 1)');
  for (const name of ['Atelier', 'Masterclass', 'Démo', 'Retex']) expect(text).toContain(name);

  // A second, later diagnostic, then the territory's history.
  const firstUrl = page.url();
  await diagnoseWithKeyboard(page, [2, 3, 3]);
  await expect(page.getByRole('heading', { name: "Niveau 3 — Développer l'expertise" })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Historique des diagnostics de Marseille' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Marseille (commune, 13)' })).toBeVisible();
  // Newest first: the hub's two diagnostics (other organisations' are not shown).
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('3');
  await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('2 (calculé : 1)');
  await expect(page.locator('.recharts-line')).toHaveCount(4);
  await expectAccessible(page);
  await screenshot(page, 'territoire-historique');

  // From the first diagnostic to a draft event, then seen on the dashboard.
  await page.goto(firstUrl);
  const title = `Rencontre e2e ${randomUUID().slice(0, 8)}`;
  await tabTo(page, page.getByLabel('Titre de l’événement'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(title);
  await tabTo(page, page.getByRole('button', { name: 'Créer l’événement en brouillon' }));
  await page.keyboard.press('Enter');
  // The new event opens on its overview, with its next steps.
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Prochaines étapes' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tableau de bord', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(card).toContainText('Marseille');
  await expect(card).toContainText('Brouillon');
});

test('another organisation’s diagnostic is not found', async ({ page, seed, hub }) => {
  const other = await seed.createHub();
  const diagnostic = await seed.createDiagnostic({ organisationId: other.organisation.id, territoryId: other.territory.id, createdById: other.coordinator.id });
  await signInAs(page, hub.coordinator);
  expect((await page.request.get(`/diagnostic/${diagnostic.id}/pdf`)).status()).toBe(404);
  await page.goto(`/diagnostic/${diagnostic.id}`);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  const response = await page.request.get(`/diagnostic/${randomUUID()}/pdf`);
  expect(response.status()).toBe(404);
  await page.goto(`/diagnostic/${randomUUID()}`);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
});
