import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Focus never reached ${target}`);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('a coordinator creates an event from the RéZolutions template, edits it and duplicates it', async ({ page, seed, hub }) => {
  test.setTimeout(180_000);
  const title = `RéZolutions e2e ${randomUUID().slice(0, 8)}`;
  // A co-organiser is named as it is known in Trame.
  const partner = await seed.createOtherOrganisation({ name: `Mouvement associatif ${hub.tag}`, kind: 'MOUVEMENT_ASSOCIATIF' });
  const CO_ORGANISER = partner.organisation.name;
  await signInAs(page, hub.coordinator);

  // Dashboard → new event → the RéZolutions template, with the keyboard.
  await tabTo(page, page.getByRole('link', { name: 'Nouvel événement' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvel événement' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Modèle « Rencontre RéZolutions numériques »' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/modele=rezolutions/);
  await expect(page.getByLabel('Titre de l’événement')).toHaveValue('Rencontre RéZolutions numériques');
  await expect(page.getByLabel('Hashtag')).toHaveValue('#ReZoNum');
  await expect(page.getByRole('checkbox', { name: 'Association' })).toBeChecked();
  await expect(page.getByLabel('Participants attendus : au moins')).toHaveValue('50');

  await typeInto(page, page.getByLabel('Titre de l’événement'), title);
  const territory = page.getByRole('combobox', { name: 'Territoire' });
  await tabTo(page, territory);
  await page.keyboard.type('marseille');
  await expect(page.getByRole('option', { name: 'Marseille (commune, 13)' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(territory).toHaveValue('Marseille (commune, 13)');
  // A date in April: the general-assembly season.
  await page.getByLabel('Premier jour').fill('2027-04-15');
  await expect(page.getByRole('group', { name: /Journée 1 — jeudi 15 avril 2027/ })).toBeVisible();
  await typeInto(page, page.getByLabel('Nom du lieu'), 'Cité des associations');
  await tabTo(page, page.getByRole('checkbox', { name: 'Proche d’une gare' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: /Accessible aux personnes à mobilité réduite/ }));
  await page.keyboard.press('Space');
  await typeInto(page, page.getByRole('spinbutton', { name: 'Nombre sur le territoire (Association)' }), '1200');
  await tabTo(page, page.getByRole('button', { name: 'Ajouter un partenaire' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Partenaire 1 : nom')).toBeFocused();
  await page.keyboard.type('Fondation du numérique');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://fondation.exemple.fr');
  await typeInto(page, page.getByLabel('Autres structures co-organisatrices'), CO_ORGANISER);
  await expectAccessible(page);
  await screenshot(page, 'evenement-nouveau');
  await tabTo(page, page.getByRole('button', { name: 'Créer l’événement' }));
  await page.keyboard.press('Enter');

  // The overview: the record and the general-assembly warning.
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  const eventUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const warnings = page.getByRole('region', { name: 'Points d’attention sur les dates' });
  await expect(warnings).toContainText('Saison des assemblées générales');
  const record = page.getByRole('region', { name: 'Fiche', exact: true });
  await expect(record).toContainText('jeudi 15 avril 2027, 9 h – 17 h 30');
  await expect(record).toContainText(CO_ORGANISER);
  await expect(record).toContainText('#ReZoNum');
  await expect(record).toContainText('De 50 à 100 participants');
  const venue = page.getByRole('region', { name: 'Lieu', exact: true });
  await expect(venue).toContainText('Cité des associations');
  await expect(venue.getByRole('listitem').filter({ hasText: 'Proche d’une gare' })).toContainText('oui');
  await expect(venue.getByRole('listitem').filter({ hasText: 'Équipé pour diffuser du son' })).toContainText('non');
  const audiences = page.getByRole('region', { name: 'Publics et partenaires' });
  await expect(audiences).toContainText('Association — 1 200 sur le territoire');
  await expect(audiences.getByRole('link', { name: 'Fondation du numérique' })).toHaveAttribute('href', 'https://fondation.exemple.fr');
  await expectAccessible(page);
  await screenshot(page, 'evenement-apercu');

  // Edit: a hybrid event needs its visio link.
  await tabTo(page, page.getByRole('link', { name: 'Modifier', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Modifier la fiche' })).toBeVisible();
  await expect(page.getByLabel('Territoire', { exact: true })).toHaveValue('Marseille (commune, 13)');
  await expectAccessible(page);
  await typeInto(page, page.getByLabel('Titre de l’événement'), `${title} (modifié)`);
  // Tab reaches the checked radio; the arrows move the choice.
  await tabTo(page, page.getByRole('radio', { name: 'Présentiel' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Hybride' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer les modifications' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Indiquez le lien de la visioconférence : l’événement se suit à distance.')).toBeVisible();
  await expect(page.getByLabel('Lien de la visioconférence')).toBeFocused();
  await page.keyboard.type('https://visio.exemple.fr/rezo');
  await expectAccessible(page);
  await screenshot(page, 'evenement-modifier');
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer les modifications' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(eventUrl);
  await expect(page.getByRole('heading', { level: 1, name: `${title} (modifié)` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Fiche', exact: true })).toContainText('Hybride');

  // Duplicate into October: no general-assembly warning there.
  await tabTo(page, page.getByRole('link', { name: 'Dupliquer cet événement' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: `Nouvelle édition de « ${title} (modifié) »` })).toBeVisible();
  await expect(page.getByLabel('Titre de l’événement')).toHaveValue(`${title} (modifié) (nouvelle édition)`);
  await page.getByLabel('Premier jour').fill('2027-10-14');
  await tabTo(page, page.getByRole('button', { name: 'Créer la nouvelle édition' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toBe(eventUrl);
  await expect(page.getByRole('heading', { level: 1, name: `${title} (modifié) (nouvelle édition)` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Fiche', exact: true })).toContainText('jeudi 14 octobre 2027');
  await expect(page.getByRole('region', { name: 'Fiche', exact: true })).toContainText(CO_ORGANISER);
  await expect(page.getByRole('region', { name: 'Points d’attention sur les dates' })).toHaveCount(0);
});
