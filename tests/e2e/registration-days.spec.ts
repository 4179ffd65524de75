import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { DEMO_COORDINATOR, expectAccessible, screenshot, signIn } from './support';

// The demo event open to registration lasts one morning; for this journey it lasts two days (put
// back afterwards). The e2e server's embedded database writes its port in postmaster.pid.
const SLUG = 'atelier-demo-inscriptions';
const EVENT_TITLE = 'Matinée des ateliers numériques — Aix-en-Provence';

async function withE2eDatabase(sql: string) {
  const pid = readFileSync(path.join('.data', `postgres-e2e-${process.env.E2E_PORT ?? 3210}`, 'postmaster.pid'), 'utf8').split('\n');
  const client = new pg.Client({ host: '127.0.0.1', port: Number(pid[3]), user: 'trame', password: 'trame-local', database: 'trame' });
  await client.connect();
  try {
    await client.query(sql, [SLUG]);
  } finally {
    await client.end();
  }
}

test.beforeAll(() => withE2eDatabase(`UPDATE "Event" SET "endsAt" = "endsAt" + interval '1 day' WHERE slug = $1`));
test.afterAll(() => withE2eDatabase(`UPDATE "Event" SET "endsAt" = "endsAt" - interval '1 day' WHERE slug = $1`));

test('someone registers for the second day only; day 1 check-in keeps them aside', async ({ page, browser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const name = `Lou Jour-Deux ${randomUUID().slice(0, 6)}`;
  await page.goto(`/e/${SLUG}/inscription`);
  const days = page.getByRole('group', { name: 'Jours de présence' });
  await expect(days.getByRole('checkbox')).toHaveCount(2);
  await expect(days.getByRole('checkbox', { name: /21 janvier/i })).toBeChecked();
  await days.getByRole('checkbox', { name: /21 janvier/i }).uncheck();

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
  await signIn(coordinator, DEMO_COORDINATOR);
  await coordinator.getByRole('link', { name: EVENT_TITLE, exact: true }).first().click();
  await expect(coordinator).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  await coordinator.goto(`${new URL(coordinator.url()).pathname}/pointage?jour=2027-01-21`);
  await expect(coordinator.getByText(name)).toBeHidden();
  await coordinator.getByText(/pour d’autres jours seulement/).click();
  await expect(coordinator.getByText(name)).toBeVisible();
  await expect(coordinator.getByText('pas prévu·e ce jour')).toBeVisible();
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'pointage-jours');
  await desk.close();
});
