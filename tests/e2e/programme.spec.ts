import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

type NewSession = {
  title: string;
  day: 1 | 2;
  start: string;
  format: string;
  end?: string;
  room?: string;
  allRooms?: boolean;
  speaker?: string;
};

async function addDay(page: Page, date: string, opens: string, closes: string) {
  const form = page.getByRole('region', { name: 'Ajouter une journée', exact: true });
  await form.getByLabel('Date').fill(date);
  await form.getByLabel('Ouverture').fill(opens);
  await form.getByLabel('Fermeture').fill(closes);
  await form.getByRole('button', { name: 'Ajouter la journée' }).click();
  await expect(form.getByText('Journée ajoutée.')).toBeVisible();
}

async function addRoom(page: Page, name: string, capacity: string, equipment = '') {
  const form = page.getByRole('region', { name: 'Ajouter une salle', exact: true });
  await form.getByLabel('Nom de la salle').fill(name);
  await form.getByLabel('Places').fill(capacity);
  await form.getByLabel('Équipement').fill(equipment);
  await form.getByRole('button', { name: 'Ajouter la salle' }).click();
  await expect(page.getByRole('region', { name: 'Salles', exact: true }).getByText(name, { exact: true })).toBeVisible();
}

async function addSession(page: Page, session: NewSession) {
  await page.getByRole('link', { name: 'Ajouter une séance' }).click();
  await expect(page.getByRole('heading', { name: 'Nouvelle séance' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(session.title);
  await page.getByRole('combobox', { name: 'Journée', exact: true }).selectOption({ index: session.day });
  await page.getByLabel('Début (heure de Paris)').fill(session.start);
  await page.getByRole('combobox', { name: 'Format', exact: true }).selectOption(session.format);
  if (session.end) await page.getByLabel('Fin (heure de Paris)').fill(session.end);
  if (session.room) await page.getByRole('combobox', { name: 'Salle', exact: true }).selectOption({ label: session.room });
  if (session.allRooms) await page.getByLabel('Pause ou plénière pour toutes les salles').check();
  if (session.speaker) await page.getByRole('group', { name: 'Intervenant·es' }).getByLabel(session.speaker).check();
  await page.getByRole('button', { name: 'Ajouter la séance' }).click();
  await expect(page).toHaveURL(/\/programme$/);
  await expect(page.getByRole('link', { name: `${session.title} — modifier la séance` }).first()).toBeVisible();
}

test('a coordinator builds a two-day programme, sees a conflict, resolves it and publishes', async ({ page, seed, hub }) => {
  test.setTimeout(300_000);
  const EVENT = (await seed.createDraftEvent(hub)).title;
  await signInAs(page, hub.coordinator);
  await page.getByRole('link', { name: EVENT, exact: true }).first().click();
  await page.getByRole('navigation', { name: 'Sections de l’événement' }).getByRole('link', { name: 'Programme' }).click();
  await expect(page.getByText('Aucune journée pour l’instant')).toBeVisible();
  const programmeUrl = page.url();

  await addDay(page, '2027-02-11', '09:00', '17:30');
  await addDay(page, '2027-02-12', '09:00', '16:00');
  const days = page.getByRole('region', { name: 'Journées', exact: true });
  await expect(days.getByText('Jeudi 11 février 2027 · 09:00–17:30')).toBeVisible();
  await expect(days.getByText('Vendredi 12 février 2027 · 09:00–16:00')).toBeVisible();

  await addRoom(page, 'Amphithéâtre', '120', 'Vidéoprojecteur, sonorisation');
  await addRoom(page, 'Salle Calanques', '20');
  await addRoom(page, 'Salle Frioul', '30');

  const speakerForm = page.getByRole('region', { name: 'Ajouter une personne', exact: true });
  await speakerForm.getByRole('textbox', { name: 'Nom', exact: true }).fill('Awa Diallo');
  await speakerForm.getByLabel('Fonction').fill('Médiatrice numérique');
  await speakerForm.getByLabel('Structure').fill('Hub Sud');
  await speakerForm.getByLabel('Genre (facultatif)').selectOption('FEMME');
  await speakerForm.getByLabel('National').check();
  await speakerForm.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(page.getByRole('region', { name: 'Intervenant·es et co-animation' }).getByText('Awa Diallo', { exact: true })).toBeVisible();

  // The format fills the end and the audience limit, and says so.
  await page.getByRole('link', { name: 'Ajouter une séance' }).click();
  await page.getByLabel('Début (heure de Paris)').fill('10:45');
  await page.getByRole('combobox', { name: 'Format', exact: true }).selectOption('atelier');
  await expect(page.getByText('Atelier : durée type 90 min, fin placée à 12:15 ; jauge conseillée : 20 places.')).toBeVisible();
  await expect(page.getByLabel('Fin (heure de Paris)')).toHaveValue('12:15');
  await expect(page.getByLabel('Jauge (places)')).toHaveValue('20');
  // An end typed by the person stays when the format changes (issue 15, point 14).
  await page.getByLabel('Fin (heure de Paris)').fill('12:30');
  await page.getByRole('combobox', { name: 'Format', exact: true }).selectOption('masterclass');
  await expect(page.getByLabel('Fin (heure de Paris)')).toHaveValue('12:30');
  await expect(page.getByText(/Masterclass : durée type \d+ min, fin saisie gardée/)).toBeVisible();
  // The content flag follows the format unless the coordinator chooses.
  await page.getByRole('combobox', { name: 'Format', exact: true }).selectOption('pleniere');
  await expect(page.getByLabel('Compte comme contenu dans le bilan')).toContainText('Selon le format (non)');
  await page.getByRole('link', { name: 'Revenir au programme sans enregistrer' }).click();

  const sessions: NewSession[] = [
    { title: 'Ouverture de la rencontre', day: 1, start: '09:30', format: 'pleniere', room: 'Amphithéâtre (120 places)', allRooms: true, speaker: 'Awa Diallo (Hub Sud)' },
    { title: 'Atelier : l’accueil numérique en mairie', day: 1, start: '10:45', format: 'atelier', room: 'Salle Calanques (20 places)' },
    // Awa Diallo is still opening the day in the amphitheatre at 10:00: a blocking conflict.
    { title: 'Démo : Aidants Connect', day: 1, start: '10:00', format: 'demo', room: 'Salle Frioul (30 places)', speaker: 'Awa Diallo (Hub Sud)' },
    { title: 'Déjeuner', day: 1, start: '12:30', format: 'dejeuner', allRooms: true },
    { title: 'Masterclass : financer la médiation', day: 1, start: '14:00', format: 'masterclass', room: 'Amphithéâtre (120 places)' },
    { title: 'Retex : un bus numérique en zone rurale', day: 2, start: '09:30', format: 'retex', room: 'Salle Frioul (30 places)' },
    { title: 'Feuille de route régionale', day: 2, start: '10:00', format: 'atelier-coconstruction', room: 'Salle Calanques (20 places)' },
    { title: 'Clôture', day: 2, start: '15:00', format: 'cloture', room: 'Amphithéâtre (120 places)' },
  ];
  for (const session of sessions) await addSession(page, session);

  // Cancel one session with its reason: it stays in the programme as « Annulé ».
  await page.getByRole('link', { name: 'Feuille de route régionale — modifier la séance' }).first().click();
  await page.getByRole('button', { name: 'Annuler la séance' }).click();
  await expect(page.getByText('Indiquez la raison de l’annulation')).toBeVisible();
  await page.getByLabel('Raison de l’annulation').fill('Les co-pilotes ne sont plus disponibles.');
  await page.getByRole('button', { name: 'Annuler la séance' }).click();
  await expect(page.getByText('Annulé — Les co-pilotes ne sont plus disponibles.')).toBeVisible();
  await page.getByRole('link', { name: '← Retour au programme' }).click();

  // The conflict, in the summary and beside the session; publishing is refused.
  const summary = page.getByRole('region', { name: 'Conflits du programme', exact: true });
  await expect(summary).toContainText('1 conflit bloquant');
  await expect(summary).toContainText('Awa Diallo intervient en même temps dans « Ouverture de la rencontre »');
  const grid = page.getByRole('table', { name: /Jeudi 11 février 2027/ });
  await expect(grid.getByRole('columnheader')).toHaveText(['Début', 'Amphithéâtre', 'Salle Calanques', 'Salle Frioul']);
  await expect(grid.getByRole('cell').filter({ hasText: 'Démo : Aidants Connect' })).toContainText('Bloquant');
  await expect(grid.getByRole('cell').filter({ hasText: 'Démo : Aidants Connect' })).toContainText('Intervenant·e à deux endroits');
  await expect(page.getByRole('table', { name: /Vendredi 12 février 2027/ })).toContainText('Annulé — Les co-pilotes ne sont plus disponibles.');
  await page.getByRole('button', { name: 'Publier l’événement' }).click();
  await expect(page.getByText('Publication refusée : résolvez d’abord un conflit bloquant')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'programme-conflit');

  // Resolve it with the keyboard: the session is a link in the grid; move the demo after the opening.
  await grid.getByRole('link', { name: 'Démo : Aidants Connect — modifier la séance' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Modifier « Démo : Aidants Connect »' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'programme-seance');
  await page.getByLabel('Début (heure de Paris)').fill('10:45');
  await page.getByLabel('Fin (heure de Paris)').fill('11:15');
  await page.getByRole('button', { name: 'Enregistrer la séance' }).click();
  await expect(page).toHaveURL(/\/programme$/);
  await expect(summary).toContainText('Aucun conflit');

  await page.getByRole('button', { name: 'Publier l’événement' }).click();
  await expect(page.getByRole('region', { name: 'Publication', exact: true })).toContainText('Statut : Publié — publié le');
  await expect(page.getByRole('button', { name: 'Marquer comme terminé' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'programme-grille');

  // The published programme is on the public page, for people without an account.
  await page.getByRole('link', { name: 'Voir la page publique' }).click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await expect(page.getByText('Ouverture de la rencontre').first()).toBeVisible();
  await expect(page.getByText('Les co-pilotes ne sont plus disponibles.').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'programme-page-publique');
  await page.goto(programmeUrl);

  // The list view, the printable programme and the PDF.
  await page.getByRole('link', { name: 'Liste', exact: true }).click();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Clôture — modifier la séance' })).toBeVisible();

  // On a phone, the grid collapses into a list per day.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('link', { name: 'Grille par salle' }).click();
  await expect(page).toHaveURL(/\/programme$/);
  await expect(page.getByRole('link', { name: 'Grille par salle' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('table', { name: /Jeudi 11 février 2027/ })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Ouverture de la rencontre — modifier la séance' })).toBeVisible();
  await screenshot(page, 'programme-mobile');
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto(`${programmeUrl}/imprimer`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer le programme' })).toBeHidden();
  await expect(page.getByRole('table', { name: /Vendredi 12 février 2027/ })).toContainText('Annulé — Les co-pilotes ne sont plus disponibles.');
  await screenshot(page, 'programme-impression');
  await page.emulateMedia({ media: 'screen' });

  const pdf = await page.request.get(`${programmeUrl}/pdf`);
  expect(pdf.status()).toBe(200);
  const text = spawnSync('pdftotext', ['-', '-'], { input: await pdf.body(), encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  for (const expected of ['Jeudi 11 février 2027', 'Ouverture de la rencontre', '10:45–11:15', 'ANNULÉ — Les co-pilotes']) expect(text).toContain(expected);
});
