import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { devices, type Page } from '@playwright/test';
import { linkFromMailbox } from './account-links';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

/** Three registrations, imported as a ticketing export. */
async function writeCsv(suffix: string): Promise<string> {
  const file = path.join(tmpdir(), `questionnaire-${suffix}.csv`);
  const rows = [
    'Prénom;Nom;E-mail;Structure;Catégorie;Date d’inscription',
    `Alice;Présente-${suffix};alice-${suffix}@exemple.fr;Hub numérique Sud;Conseillère numérique;02/10/2026`,
    `Bruno;Absent-${suffix};bruno-${suffix}@exemple.fr;Mairie de Marseille;Agent de collectivité;03/10/2026`,
    `Chloé;Excusée-${suffix};chloe-${suffix}@exemple.fr;Association Récré;Bénévole;04/10/2026`,
  ];
  await writeFile(file, `${rows.join('\r\n')}\r\n`, 'utf8');
  return file;
}

async function importAndCheckIn(page: Page, eventId: string, suffix: string) {
  await page.goto(`/evenements/${eventId}/participants/import`);
  await page.getByRole('radio', { name: 'CSV ou XLSX générique' }).check();
  await page.getByLabel('Fichier').setInputFiles(await writeCsv(suffix));
  await page.getByRole('button', { name: 'Analyser le fichier' }).click();
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByText(/Import terminé : 3 inscriptions créées/)).toBeVisible();
  await page.goto(`/evenements/${eventId}/pointage`);
  await page.getByRole('link', { name: 'Tableau, depuis une feuille papier' }).click();
  await page.getByRole('radio', { name: `Alice Présente-${suffix} : présent·e` }).check();
  await page.getByRole('radio', { name: `Bruno Absent-${suffix} : absent·e` }).check();
  await page.getByRole('radio', { name: `Chloé Excusée-${suffix} : excusé·e` }).check();
  await expect(page.getByRole('radio', { name: `Chloé Excusée-${suffix} : excusé·e` })).toBeChecked();
}

test('the questionnaire goes to present people only; a participant answers on a phone; the coordinator reads the results', async ({ page, browser, seed, hub }) => {
  test.setTimeout(120_000);
  const suffix = randomUUID().slice(0, 6);
  const EVENT = (await seed.createDraftEvent(hub)).title;
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, hub.coordinator);
  await page.getByRole('link', { name: EVENT, exact: true }).first().click();
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  const eventId = page.url().split('/').pop()!;
  await importAndCheckIn(page, eventId, suffix);

  // Prepare: the default questions and dates, then one question of our own.
  await page.goto(`/evenements/${eventId}/questionnaire`);
  await page.getByRole('button', { name: 'Préparer le questionnaire' }).click();
  await expect(page.getByRole('heading', { name: 'Questions' })).toBeVisible();
  await expect(page.getByLabel('Envoi le')).toHaveValue('2027-02-22');
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await page.getByLabel('Intitulé').last().fill('Comment avez-vous connu l’événement ?');
  await page.getByLabel('Type de réponse').last().selectOption({ label: 'Réponse libre' });
  await page.getByRole('button', { name: 'Enregistrer les questions' }).click();
  await expect(page.getByText('Questions enregistrées.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'questionnaire-preparation');

  // The event (February 2027) has not ended: sending is refused until the risk is confirmed.
  await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
  await page.getByRole('button', { name: 'Confirmer l’envoi' }).click();
  await expect(page.getByText(/^Le questionnaire ne peut pas partir avant la fin de l’événement/)).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
  await page.getByRole('checkbox', { name: /^Envoyer le questionnaire avant la fin de l’événement/ }).check();
  await page.getByRole('button', { name: 'Confirmer l’envoi' }).click();
  await expect(page.getByText('Questionnaire envoyé à 1 personne.')).toBeVisible();
  await expect(page.getByText(/^envoyé le /)).toBeVisible();

  // The outbox: Alice got her link (masked here); Bruno (absent) and Chloé (excused) got nothing.
  await page.goto(`/evenements/${eventId}/courriels`);
  const subject = `Votre avis sur « ${EVENT} »`;
  await expect(page.getByRole('row').filter({ hasText: `bruno-${suffix}@exemple.fr` }).filter({ hasText: subject })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: `chloe-${suffix}@exemple.fr` }).filter({ hasText: subject })).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: `alice-${suffix}@exemple.fr` }).filter({ hasText: subject });
  await expect(row).toHaveCount(1);
  await row.getByText(subject).click();
  await expect(row.locator('pre')).toContainText('/q/••••••••');

  // Alice answers on her phone, without an account, from the link in her mailbox.
  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const alice = await phone.newPage();
  await alice.goto(await linkFromMailbox(`alice-${suffix}@exemple.fr`, '/q/'));
  await expect(alice.getByRole('heading', { level: 1, name: `Votre avis sur « ${EVENT} »` })).toBeVisible();
  await alice.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(alice.getByText('Merci de répondre à cette question.').first()).toBeVisible();
  await expectAccessible(alice);
  await screenshot(alice, 'questionnaire-reponse-erreurs');
  const rate = (question: RegExp, rating: number) =>
    alice.getByRole('group', { name: question }).getByRole('radio', { name: `${rating} sur 5` }).check({ force: true });
  await rate(/Globalement/, 5);
  await rate(/contenus/, 4);
  await rate(/organisation/, 5);
  await alice.getByRole('radio', { name: 'Oui' }).check();
  await alice.getByLabel('Ce qu’il faut garder').fill('Les ateliers en petits groupes');
  await alice.getByLabel('En une phrase, que retenez-vous de cet événement ?').fill('Une journée qui donne envie de travailler ensemble.');
  await alice.getByRole('checkbox', { name: /J’accepte que cette phrase soit citée/ }).check();
  await expect(alice.getByText('Merci de répondre à cette question.')).toHaveCount(0);
  await screenshot(alice, 'questionnaire-reponse-mobile');
  await alice.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(alice.getByRole('heading', { name: 'Merci !' })).toBeFocused();
  await alice.reload();
  await expect(alice.getByText('Vous avez déjà répondu, merci !')).toBeVisible();
  await expectAccessible(alice);
  await phone.close();

  // The coordinator sees the results and keeps the quote for the bilan.
  await page.goto(`/evenements/${eventId}/questionnaire`);
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Répartition des notes — Globalement/ })).toBeVisible();
  await expect(page.getByText('« Une journée qui donne envie de travailler ensemble. »')).toBeVisible();
  // The box is ticked at once (optimistic); reload only once the server action has answered.
  const saved = page.waitForResponse((response) => response.request().method() === 'POST' && response.request().headers()['next-action'] !== undefined);
  await page.getByRole('checkbox', { name: 'Retenir pour le bilan' }).check();
  await saved;
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Retenir pour le bilan' })).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'questionnaire-resultats');
});
