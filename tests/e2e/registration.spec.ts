import { randomUUID } from 'node:crypto';
import { linkFromMailbox } from './account-links';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

// An event open to registration shaped as the demo's (tests/factories/registrations.ts,
// seedRegistrationDemo): its workshop « Atelier : accompagner les démarches en ligne » has 2 seats, both taken.
const FULL_SESSION = 'Atelier : accompagner les démarches en ligne';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test('someone registers on a phone, is waitlisted on a full workshop, then cancels from the personal link', async ({ page, browser, seed, hub }) => {
  const { slug: SLUG, title: EVENT_TITLE } = await seed.createRegistrationEvent(hub);
  const email = `e2e-${randomUUID().slice(0, 8)}@exemple.fr`;

  await page.goto(`/e/${SLUG}/inscription`);
  await expect(page.getByRole('heading', { level: 1, name: 'S’inscrire' })).toBeVisible();
  const workshop = page.getByRole('listitem').filter({ hasText: FULL_SESSION });
  await expect(workshop.getByText('Complet — liste d’attente')).toBeVisible();

  // Nothing filled: a message beside each required field, nothing sent.
  await page.getByRole('button', { name: 'Je m’inscris' }).click();
  await expect(page.getByText('Indiquez votre nom.')).toBeVisible();
  await expect(page.getByText(/Cochez cette case pour vous inscrire/)).toBeVisible();

  await page.getByLabel('Prénom et nom').fill('Lou Testeur');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Structure').fill('Centre social des Lilas');
  await page.getByLabel('Vous êtes').selectOption({ label: 'Médiateur·rice numérique' });
  await page.getByLabel('Besoins d’accessibilité').fill('Accès en fauteuil');
  await workshop.getByRole('checkbox').check();
  await page.getByRole('checkbox', { name: /J’accepte que mes données/ }).check();
  await expect(page.getByText(/conservées 12 mois après l’événement/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'inscription-mobile');

  await page.getByRole('button', { name: 'Je m’inscris' }).click();
  await expect(page).toHaveURL(new RegExp(`/e/${SLUG}/inscription/confirmation\\?`));
  await expect(page.getByRole('heading', { level: 1, name: 'Inscription confirmée' })).toBeVisible();
  const seat = page.getByRole('listitem').filter({ hasText: FULL_SESSION });
  await expect(seat.getByText('Liste d’attente (rang 1)')).toBeVisible();
  // The e2e server has no SMTP: the page says so rather than promise an e-mail (issue 17.3), and it
  // never shows a personal link (it must read the same for an address already registered).
  await expect(page.getByText(/L’envoi de courriels n’est pas activé|Un courriel part vers l’adresse indiquée/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })).toHaveAttribute('href', `/e/${SLUG}/calendar.ics`);
  await expect(page.locator('a[href*="/inscription/"]')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'inscription-attente');

  // The coordinator sees the message in « Courriels », its link masked: only the person's mailbox has it.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const coordinator = await desk.newPage();
  await signInAs(coordinator, hub.coordinator);
  await coordinator.getByRole('link', { name: EVENT_TITLE, exact: true }).first().click();
  await expect(coordinator).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  await coordinator.goto(`${new URL(coordinator.url()).pathname}/courriels`);
  await expect(coordinator.getByRole('heading', { name: 'Courriels' })).toBeVisible();
  const row = coordinator.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByText(`Inscription confirmée : ${EVENT_TITLE}`).click();
  const text = await row.locator('pre').innerText();
  expect(text).toContain('liste d’attente (rang 1)');
  expect(text).toMatch(/\/inscription\/••••••••/);
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'courriels');
  await desk.close();

  // Back on the phone: the personal link, from the mailbox, shows the registration and cancels it, in two steps.
  await page.goto(await linkFromMailbox(email, '/inscription/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Mon inscription' })).toBeVisible();
  await expect(page.getByText('Lou Testeur', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'inscription-personnelle');
  await page.getByRole('button', { name: 'Annuler mon inscription…' }).click();
  await expect(page.getByRole('button', { name: 'Oui, annuler mon inscription' })).toBeFocused();
  await page.getByRole('button', { name: 'Oui, annuler mon inscription' }).click();
  await expect(page.getByText('Vous avez annulé cette inscription.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler mon inscription…' })).toHaveCount(0);
  await expectAccessible(page);
});
