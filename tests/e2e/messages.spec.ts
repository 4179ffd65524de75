import { expect, signInAs, test } from './fixtures';
import { linkFromMailbox } from './account-links';
import { expectAccessible, expectHydrated, screenshot } from './support';

// Issue 17: a coordinator writes to a group of participants (live count, preview, trial, sending,
// status of each copy) and edits the reminders. Each test seeds its own hub and event.

const WORKSHOP = 'Atelier : accompagner les démarches en ligne';

test('compose, preview and send a message to one session’s attendees, then read its status', async ({ page, seed, hub }) => {
  test.setTimeout(120_000);
  const event = await seed.createRegistrationEvent(hub);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${event.id}/messages`);
  // react-hook-form sets the fields when the page hydrates: a box unticked before that comes back ticked.
  await expectHydrated(page);
  // The reminders' form on the same page has fields of the same names: work inside the composer.
  const compose = page.getByRole('region', { name: 'Écrire à un groupe' });
  await expect(compose).toBeVisible();

  // Live count: the three people registered, then the two of the workshop.
  await expect(compose.getByText('3 personnes recevront ce message.')).toBeVisible();
  await compose.getByLabel('Destinataires').selectOption({ label: 'Les inscrit·es d’une séance' });
  const workshop = await compose.getByLabel('Séance').locator('option', { hasText: WORKSHOP }).getAttribute('value');
  await compose.getByLabel('Séance').selectOption(workshop!);
  await expect(compose.getByText('2 personnes recevront ce message.')).toBeVisible();

  // Bad input: an unknown placeholder is refused beside the field, nothing is sent.
  await compose.getByLabel('Objet').fill('Infos pratiques');
  await compose.getByLabel('Message').fill('Bonjour {{prenom}}');
  await compose.getByRole('button', { name: 'Aperçu' }).click();
  await expect(compose.getByText(/Champ inconnu : \{\{prenom\}\}/)).toBeVisible();

  // Preview for the first recipient: placeholders filled, markup shown as text.
  await compose.getByLabel('Message').fill('Bonjour {{nom}},\n<b>Rendez-vous</b> à {{lieu}}.');
  await compose.getByRole('button', { name: 'Aperçu' }).click();
  const preview = compose.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByText(/Tel que le lira/)).toBeVisible();
  await expect(preview.locator('pre')).toContainText('<b>Rendez-vous</b> à Médiathèque (démo), Aix-en-Provence.');
  await expect(preview.locator('pre')).toContainText('[lien de désabonnement personnel]');
  await expect(preview.locator('b')).toHaveCount(0);

  await compose.getByRole('button', { name: 'M’envoyer un essai' }).click();
  await expect(compose.getByText(`Essai mis en file pour ${hub.coordinator.email}.`)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'messages-composition');

  await compose.getByRole('button', { name: 'Envoyer…' }).click();
  await compose.getByRole('button', { name: 'Confirmer l’envoi à 2 personnes' }).click();
  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Infos pratiques' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('row').filter({ hasText: 'participant1@demo.trame.fr' })).toHaveCount(1);
  await expectAccessible(page);
  await screenshot(page, 'messages-etat');

  // The participant opens the unsubscribe link of the message in their inbox and stops such messages.
  await page.goto(await linkFromMailbox('participant1@demo.trame.fr', '/desabonnement/'));
  await expectHydrated(page);
  await expect(page.getByRole('heading', { name: 'Ne plus recevoir les rappels et messages' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Me désabonner' }).click();
  await expect(page.getByText('C’est fait : vous ne recevrez plus les rappels ni les messages de l’organisation.')).toBeVisible();
  await screenshot(page, 'messages-desabonnement');
});

test('edit the reminders: one more, one switched off, and a bad placeholder refused', async ({ page, seed, hub }) => {
  const event = await seed.createRegistrationEvent(hub);
  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${event.id}/messages`);
  // react-hook-form sets the fields when the page hydrates: a box unticked before that comes back ticked.
  await expectHydrated(page);
  await expect(page.getByRole('heading', { name: 'Rappels avant l’événement' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Rappel 1' }).getByLabel('Jours avant le début de l’événement')).toHaveValue('7');
  await page.getByRole('group', { name: 'Rappel 2' }).getByLabel('Envoyer ce rappel').uncheck();
  await page.getByRole('button', { name: 'Ajouter un rappel' }).click();
  const third = page.getByRole('group', { name: 'Rappel 3' });
  await third.getByLabel('Message').fill('Bonjour {{nom}}, {{inconnu}}');
  await page.getByRole('button', { name: 'Enregistrer les rappels' }).click();
  await expect(third.getByText(/Champ inconnu : \{\{inconnu\}\}/)).toBeVisible();
  await third.getByLabel('Message').fill('Bonjour {{nom}}, voici votre programme :\n{{programme}}');
  await page.getByRole('button', { name: 'Enregistrer les rappels' }).click();
  await expect(page.getByText('Rappels enregistrés.')).toBeVisible();
  await page.reload();
  // Read back in the order they go out: J-7, then the new J-3, then J-1 (switched off).
  await expect(page.getByRole('group', { name: 'Rappel 2' }).getByLabel('Jours avant le début de l’événement')).toHaveValue('3');
  await expect(page.getByRole('group', { name: 'Rappel 2' }).getByLabel('Envoyer ce rappel')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Rappel 3' }).getByLabel('Jours avant le début de l’événement')).toHaveValue('1');
  await expect(page.getByRole('group', { name: 'Rappel 3' }).getByLabel('Envoyer ce rappel')).not.toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'messages-rappels');
});
