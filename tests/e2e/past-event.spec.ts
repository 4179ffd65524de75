import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

/*
 * Issue 15: a coordinator records, after the fact, a two-day event that took place — through the UI
 * only, never the public form. UI steps (a fill, a click, a choice, a tick), counted as the journey
 * goes, are in brackets; the total is at the end.
 *
 *   coordinator: sign-in 3 · event record, publication and section links 10 · programme 4 sessions × 6 = 24 ·
 *   budget (3 lines, internal budget) 25 · 3 participants by hand 16 · attendance 5 · bilan 5, plus one
 *   click for each page reached here by its address (participants list ×3, a person's page ×3, bilan 1)
 *   → 95 steps; the co-organiser, to accept the invitation: 4 more.
 *
 * Where steps were removed: days come from the event record (no programme day to add); the format
 * fills each session's end; the internal budget line is proposed in one click; « Ajouter un
 * participant » ticks every day by default and sends no e-mail for an event that is over (no
 * choice to untick); attendance is one choice per day on the participant's page.
 */

const DAY_1 = '2025-10-09';
const DAY_2 = '2025-10-10';

async function addSession(page: Page, title: string, day: 1 | 2, start: string, format: string) {
  await page.getByRole('link', { name: 'Ajouter une séance' }).click(); // [1]
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(title); // [2]
  await page.getByRole('combobox', { name: 'Journée', exact: true }).selectOption({ index: day }); // [3]
  await page.getByLabel('Début (heure de Paris)').fill(start); // [4]
  await page.getByRole('combobox', { name: 'Format', exact: true }).selectOption(format); // [5]
  await page.getByRole('button', { name: 'Ajouter la séance' }).click(); // [6]
  await expect(page).toHaveURL(/\/programme$/);
  await expect(page.getByRole('link', { name: `${title} — modifier la séance` }).first()).toBeVisible();
}

function input(form: Locator, label: string) {
  return form.getByRole('textbox', { name: label, exact: true });
}
function select(form: Locator, label: string) {
  return form.getByRole('combobox', { name: label, exact: true });
}

async function saveLine(page: Page, form: Locator, label: string) {
  await form.getByRole('button', { name: 'Enregistrer la ligne' }).click();
  await expect(page.getByText(`Ligne « ${label} » enregistrée.`)).toBeVisible();
}

type Person = { name: string; email: string; category: string; onlyDay1?: boolean };

async function addParticipant(page: Page, base: string, person: Person) {
  await page.goto(`${base}/participants`);
  await page.getByRole('link', { name: 'Ajouter un participant' }).click(); // [1]
  await expect(page.getByRole('heading', { level: 2, name: 'Ajouter un participant' })).toBeVisible();
  await expectHydrated(page);
  await page.getByLabel('Nom et prénom').fill(person.name); // [2]
  await page.getByLabel('Adresse e-mail').fill(person.email); // [3]
  await page.getByLabel('Catégorie de public').selectOption({ label: person.category }); // [4]
  if (person.onlyDay1) await page.getByRole('group', { name: 'Jours de présence prévus' }).getByRole('checkbox').nth(1).uncheck(); // [+1]
  await page.getByRole('button', { name: 'Ajouter le ou la participant·e' }).click(); // [5]
  await expect(page.getByText(`${person.name} est inscrit·e, sans courriel.`)).toBeVisible();
  return page.url().split('?')[0]!;
}

const DAY_NAMES: Record<string, string> = { [DAY_1]: 'jeudi 9 octobre', [DAY_2]: 'vendredi 10 octobre' };

async function markAttendance(page: Page, url: string, marks: ReadonlyArray<[string, 'PRESENT' | 'ABSENT']>) {
  await page.goto(url);
  await expectHydrated(page);
  for (const [day, status] of marks) {
    await page.getByRole('combobox', { name: new RegExp(`^${DAY_NAMES[day]}`, 'i') }).selectOption(status); // [1 per day]
    await expect(page.getByText(new RegExp(`^Présence du ${DAY_NAMES[day]}.* enregistrée\\.$`, 'i'))).toBeVisible();
  }
}

test('a coordinator records a past two-day event end to end, without the public form', async ({ browser, page, seed, hub }) => {
  test.setTimeout(480_000);
  const title = `Rencontre passée ${randomUUID().slice(0, 8)}`;
  const partner = await seed.createOtherOrganisation({ name: `Mouvement associatif ${hub.tag}`, kind: 'MOUVEMENT_ASSOCIATIF' });
  const HUB = hub.organisation.name;
  const PARTNER = partner.organisation.name;
  await signInAs(page, hub.coordinator); // [3]

  // The event record, with past dates: two days, a co-organiser, an objective.
  await page.goto('/evenements/nouveau');
  await expectHydrated(page);
  await page.getByLabel('Titre de l’événement').fill(title); // [1]
  await page.getByLabel('Premier jour').fill(DAY_1); // [2]
  await page.getByLabel('Nombre de journées').selectOption('2'); // [3]
  await page.getByLabel('Participants attendus : au moins').fill('3'); // [4]
  await page.getByLabel('Participants attendus : au plus').fill('5'); // [5]
  await page.getByLabel('Autres structures co-organisatrices').fill(PARTNER); // [6]
  await page.getByRole('button', { name: 'Créer l’événement' }).click(); // [7]
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  const base = page.url();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // October: no date advice anyway; and none is given for dates already past.
  await expect(page.getByRole('region', { name: 'Points d’attention sur les dates' })).toHaveCount(0);

  // The co-organiser accepts the invitation from its own dashboard (its own person, its own steps).
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signInAs(partnerPage, partner.user); // [3, the co-organiser's]
  await partnerPage.getByRole('button', { name: `Accepter de co-organiser « ${title} »` }).click(); // [1, the co-organiser's]
  await expect(partnerPage.getByRole('button', { name: `Accepter de co-organiser « ${title} »` })).toHaveCount(0);
  await partnerContext.close();

  // Programme: a non-content opening plenary, two workshops, a closing.
  const nav = page.getByRole('navigation', { name: 'Sections de l’événement' });
  await nav.getByRole('link', { name: 'Programme' }).click(); // [8]
  await addSession(page, 'Ouverture de la rencontre', 1, '09:30', 'pleniere');
  await addSession(page, 'Atelier : l’accueil numérique en mairie', 1, '10:45', 'atelier');
  await addSession(page, 'Atelier : feuille de route régionale', 2, '09:30', 'atelier');
  await addSession(page, 'Clôture', 2, '15:00', 'cloture');
  // Publishing a past event shows its programme and opens no registration.
  await expect(page.getByText(/Cet événement a déjà eu lieu : le publier rend son programme visible/)).toBeVisible();
  await page.getByRole('button', { name: 'Publier l’événement' }).click(); // [9]
  // The confirmation may flash and go with the button: the status is what stays.
  await expect(page.getByRole('region', { name: 'Publication' }).locator('strong')).toHaveText('Publié');

  // Budget: the room paid by the co-organiser, meals by the hub, a State subsidy; the internal budget proposed.
  await nav.getByRole('link', { name: 'Budget' }).click(); // [10]
  await expect(page.getByRole('heading', { name: 'Synthèse du budget' })).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter une charge' }).click(); // [1]
  let form = page.getByRole('form', { name: 'Nouvelle charge' });
  await select(form, 'Catégorie').selectOption({ label: 'Location du lieu' }); // [2]
  await input(form, 'Libellé').fill('Location de la salle'); // [3]
  await select(form, 'Payé par').selectOption({ label: PARTNER }); // [4]
  await input(form, 'Prévisionnel (€)').fill('800'); // [5]
  await input(form, 'Réalisé (€)').fill('800'); // [6]
  await saveLine(page, form, 'Location de la salle'); // [7]

  await page.getByRole('button', { name: 'Ajouter une charge' }).click(); // [8]
  form = page.getByRole('form', { name: 'Nouvelle charge' });
  await select(form, 'Catégorie').selectOption({ label: 'Achats' }); // [9]
  await select(form, 'Sous-catégorie').selectOption({ label: 'Restauration (repas, café, collations)' }); // [10]
  await input(form, 'Libellé').fill('Déjeuners'); // [11]
  await select(form, 'Payé par').selectOption({ label: HUB }); // [12]
  await input(form, 'Prévisionnel (€)').fill('1 000'); // [13]
  await input(form, 'Réalisé (€)').fill('1 000'); // [14]
  await saveLine(page, form, 'Déjeuners'); // [15]

  await page.getByRole('button', { name: 'Ajouter un produit' }).click(); // [16]
  form = page.getByRole('form', { name: 'Nouveau produit' });
  await select(form, 'Catégorie').selectOption({ label: 'Subvention' }); // [17]
  await input(form, 'Libellé').fill('Subvention de l’État'); // [18]
  await select(form, 'Reçu par').selectOption({ label: HUB }); // [19]
  await input(form, 'Prévisionnel (€)').fill('1 000'); // [20]
  await input(form, 'Réalisé (€)').fill('1 000'); // [21]
  await input(form, 'Financeur').fill('Préfecture de région'); // [22]
  await select(form, 'Type de financeur').selectOption({ label: 'État (ministères, ANCT…)' }); // [23]
  await saveLine(page, form, 'Subvention de l’État'); // [24]
  await page.getByRole('button', { name: 'Ajouter les lignes de budget interne proposées' }).click(); // [25]
  await expect(page.getByText('Les lignes de budget interne sont à jour.')).toBeVisible();
  const internal = page.getByRole('table', { name: 'Budget interne par co-organisateur' });
  await expect(internal.getByRole('row', { name: new RegExp(`^${PARTNER}`) })).toContainText('800,00 €');

  // Participants, added by hand: no e-mail about an event that is over.
  await page.goto(`${base}/participants/ajouter`);
  await expect(page.getByText('L’événement a eu lieu : aucun courriel n’est envoyé à son sujet.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'participant-ajouter');
  const awa = await addParticipant(page, base, { name: 'Awa Diallo', email: 'awa@exemple.fr', category: 'Médiateur·rice numérique' });
  const leo = await addParticipant(page, base, { name: 'Léo Martin', email: 'leo@exemple.fr', category: 'Élu·e', onlyDay1: true });
  const ines = await addParticipant(page, base, { name: 'Inès Roux', email: 'ines@exemple.fr', category: 'Conseiller·e numérique' });

  // Attendance: Awa both days, Léo on his day, Inès on the first day only.
  await markAttendance(page, awa, [
    [DAY_1, 'PRESENT'],
    [DAY_2, 'PRESENT'],
  ]);
  await markAttendance(page, leo, [[DAY_1, 'PRESENT']]);
  await markAttendance(page, ines, [
    [DAY_1, 'PRESENT'],
    [DAY_2, 'ABSENT'],
  ]);
  await expect(page.getByRole('region', { name: 'Historique des modifications' })).toContainText('Ajout par l’organisation');
  await expectAccessible(page);
  await screenshot(page, 'participant-fiche');

  // The participants list links each person to their page; nothing was e-mailed.
  await page.goto(`${base}/participants`);
  await expect(page.getByRole('link', { name: 'Inès Roux', exact: true })).toHaveAttribute('href', ines.replace(/^https?:\/\/[^/]+/, ''));
  await page.goto(`${base}/courriels`);
  await expect(page.getByText('awa@exemple.fr')).toHaveCount(0);

  // Bilan: staff figures, then the key figures on screen, then validation.
  await page.goto(`${base}/bilan`);
  await expectHydrated(page);
  await page.getByLabel('Personnes pendant l’événement', { exact: true }).fill('4'); // [1]
  await page.getByLabel('Heures pendant l’événement', { exact: true }).fill('32'); // [2]
  await page.getByRole('button', { name: 'Enregistrer les textes' }).click(); // [3]
  await expect(page.getByText('Textes enregistrés : l’aperçu est à jour.')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Aperçu du bilan' });
  const perDay = preview.getByRole('table', { name: 'Participant·es par jour (hors intervenant·es)' });
  // Expected, present, walk-ins, excused, no-show, no-show %.
  await expect(perDay.getByRole('row').nth(1)).toContainText(/3\s*3\s*0\s*0\s*0\s*0(,0)?\s%/);
  await expect(perDay.getByRole('row').nth(2)).toContainText(/2\s*1\s*0\s*0\s*1\s*50(,0)?\s%/);
  await page.getByRole('button', { name: 'Valider le bilan' }).click(); // [4]
  await page.getByRole('button', { name: 'Confirmer la validation de la version 1' }).click(); // [5]
  await expect(page.getByText('Bilan validé : version 1.')).toBeVisible();
  await screenshot(page, 'past-event-bilan');
  // Total for the coordinator: 3 + 10 (record, programme, publish, budget links) + 24 (4 sessions × 6)
  //   + 25 (budget) + 16 (3 × 5 + 1 untick) + 5 (attendance) + 5 (bilan) + 7 (pages reached by address here)
  //   = 95 UI steps (+ 4 for the co-organiser).
});
