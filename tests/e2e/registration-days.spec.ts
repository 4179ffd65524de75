import { randomUUID } from 'node:crypto';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, screenshot } from './support';

// An event open to registration that lasts two mornings (21 and 22 January 2027).
const FIRST_DAY = '2027-01-21';

test('someone registers for the second day only; day 1 check-in keeps them aside', async ({ page, browser, seed, hub }) => {
  const { slug: SLUG, title: EVENT_TITLE } = await seed.createRegistrationEvent(hub, { days: 2 });
  await page.setViewportSize({ width: 390, height: 844 });
  const name = `Lou Jour-Deux ${randomUUID().slice(0, 6)}`;
  await page.goto(`/e/${SLUG}/inscription`);
  const days = page.getByRole('group', { name: 'Jours de présence' });
  await expect(days.getByRole('checkbox')).toHaveCount(2);
  await expect(days.getByRole('checkbox').first()).toBeChecked();
  await days.getByRole('checkbox').first().uncheck();

  await page.getByLabel('Prénom et nom').fill(name);
  await page.getByLabel('Adresse e-mail').fill(`jour-deux-${randomUUID().slice(0, 8)}@exemple.fr`);
  await page.getByLabel('Vous êtes').selectOption({ label: 'Médiateur·rice numérique' });
  await page.getByRole('checkbox', { name: /J’accepte que mes données/ }).check();
  await expectAccessible(page);
  await screenshot(page, 'inscription-jours');
  await page.getByRole('button', { name: 'Je m’inscris' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inscription confirmée' })).toBeVisible();

  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const coordinator = await desk.newPage();
  await signInAs(coordinator, hub.coordinator);
  await coordinator.getByRole('link', { name: EVENT_TITLE, exact: true }).first().click();
  await expect(coordinator).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  await coordinator.goto(`${new URL(coordinator.url()).pathname}/pointage?jour=${FIRST_DAY}`);
  await expect(coordinator.getByText(name)).toBeHidden();
  await coordinator.getByText(/pour d’autres jours seulement/).click();
  await expect(coordinator.getByText(name)).toBeVisible();
  await expect(coordinator.getByText('pas prévu·e ce jour')).toBeVisible();
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'pointage-jours');
  await desk.close();
});
