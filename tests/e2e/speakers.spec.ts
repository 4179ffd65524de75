import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

// Issue 17.5-6: a speaker confirms their details through their personal link (no account); a
// proposal sent through the public call is accepted into the programme as a draft session. Each
// test seeds its own hub and event. Written without being run here: the lead runs Playwright.

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

test('a speaker confirms their details and sends a photo through their personal link', async ({ page, seed, hub }) => {
  test.setTimeout(90_000);
  const { event, token } = await seed.createSpeakerEvent(hub);

  // A made-up link: a clear French page, not an error.
  await page.goto(`/intervenant/${'x'.repeat(43)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lien non valable' })).toBeVisible();

  await page.goto(`/intervenant/${token}`);
  await expectHydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon intervention' })).toBeVisible();
  await expect(page.getByText(event.title)).toBeVisible();

  // Bad input: a name left empty is refused beside the field.
  await page.getByLabel('Nom et prénom').fill('');
  await page.getByRole('button', { name: 'Confirmer mes informations' }).click();
  await expect(page.getByText('Indiquez votre nom.')).toBeVisible();

  await page.getByLabel('Nom et prénom').fill('Awa Diallo');
  await page.getByLabel('Structure').fill('Tiers-lieu du Port');
  await page.getByLabel('Courte présentation').fill('Médiatrice numérique, elle anime le réseau des aidants du pays d’Aix.');
  await page.getByLabel('D’ailleurs (intervention nationale)').check();
  await page.getByLabel('Genre (facultatif)').selectOption({ label: 'Femme' });
  await page.getByRole('button', { name: 'Confirmer mes informations' }).click();
  await expect(page.getByText('Merci : vos informations sont confirmées.')).toBeVisible();

  // The photo: an SVG is refused, a PNG is kept.
  await page.getByLabel('Photo (facultative)').setInputFiles({ name: 'photo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await page.getByRole('button', { name: 'Envoyer la photo' }).click();
  await expect(page.getByText('La photo doit être une image JPEG ou PNG.')).toBeVisible();
  await page.getByLabel('Photo (facultative)').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Envoyer la photo' }).click();
  await expect(page.getByText(/Fichier reçu : photo\.png/)).toBeVisible();
  // Slides come after the event has started.
  await expect(page.getByText(/vous pourrez déposer ici votre support/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'speaker-link');

  // The coordinator sees who confirmed, and can send a new link.
  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${event.id}/programme#intervenants`);
  await expectHydrated(page);
  const speakers = page.getByRole('region', { name: 'Intervenant·es et co-animation' });
  await expect(speakers.getByText(/Informations confirmées le/)).toBeVisible();
  await expect(speakers.getByText(/Tiers-lieu du Port/)).toBeVisible();
  await speakers.getByRole('button', { name: /Envoyer un nouveau lien/ }).click();
  await expect(speakers.getByLabel('Lien personnel, affiché une seule fois')).toHaveValue(/\/intervenant\//);
  await screenshot(page, 'speaker-link-programme');

  // The old link no longer works.
  await page.goto(`/intervenant/${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lien non valable' })).toBeVisible();
});

test('a proposal sent through the public call is accepted into the programme as a draft session', async ({ page, seed, hub }) => {
  test.setTimeout(120_000);
  const { event } = await seed.createSpeakerEvent(hub);

  await page.goto(`/e/${event.slug}`);
  await page.getByRole('link', { name: 'Proposer une intervention' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proposer une intervention' })).toBeVisible();
  await expectHydrated(page);

  // Bad input: nothing filled, French messages beside the fields.
  await page.getByRole('button', { name: 'Envoyer la proposition' }).click();
  await expect(page.getByText('Donnez un titre à votre proposition.')).toBeVisible();
  await expect(page.getByText('Choisissez un format de la liste.')).toBeVisible();

  await page.getByLabel('Titre de l’intervention').fill('Les aidants numériques en bibliothèque');
  await page.getByLabel('Format').selectOption({ label: 'Atelier' });
  await page.getByLabel('Résumé').fill('Un atelier pour partager nos pratiques d’accueil des publics éloignés du numérique.');
  await page.getByLabel('Nom (personne 1)').fill('Lina Martin');
  await page.getByLabel('E-mail (personne 1)').fill(`lina.${hub.tag}@exemple.fr`);
  await page.getByLabel('Structure (personne 1)').fill('Médiathèque de Gardanne');
  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  await page.getByLabel('Nom (personne 2)').fill('Hugo Petit');
  await page.getByLabel('E-mail (personne 2)').fill(`hugo.${hub.tag}@exemple.fr`);
  await page.getByLabel('Contraintes (facultatif)').fill('Disponibles le matin seulement.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Envoyer la proposition' }).click();
  await expect(page.getByText('Merci, votre proposition est bien reçue.')).toBeVisible();
  await screenshot(page, 'proposal-sent');

  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${event.id}/programme/propositions`);
  await expectHydrated(page);
  const proposal = page.getByRole('article', { name: 'Les aidants numériques en bibliothèque' });
  await expect(proposal.getByText('À examiner')).toBeVisible();
  await proposal.getByLabel('Retenir').check();
  await proposal.getByLabel('Message à la personne qui a proposé (facultatif)').fill('Bienvenue dans le programme ! Nous revenons vers vous pour l’horaire.');
  await proposal.getByRole('button', { name: 'Enregistrer la décision' }).click();
  // Once retained, the decision form gives way to the link to the draft session.
  await expect(proposal.getByText('Retenue', { exact: true })).toBeVisible();
  await expect(proposal.getByRole('link', { name: 'Placer sa séance dans le programme' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'proposals');

  // The draft session and its two speakers are in the programme, not on the public page.
  await proposal.getByRole('link', { name: 'Placer sa séance dans le programme' }).click();
  await expect(page.getByLabel('Titre')).toHaveValue('Les aidants numériques en bibliothèque');
  await page.goto(`/evenements/${event.id}/programme?vue=liste`);
  await expect(page.getByText(/^Brouillon/)).toBeVisible();
  const speakers = page.getByRole('region', { name: 'Intervenant·es et co-animation' });
  await expect(speakers.getByText('Lina Martin', { exact: true })).toBeVisible();
  await expect(speakers.getByText('Hugo Petit', { exact: true })).toBeVisible();
  await screenshot(page, 'proposal-in-programme');
  await page.goto(`/e/${event.slug}`);
  await expect(page.getByText('Les aidants numériques en bibliothèque')).toHaveCount(0);
});
