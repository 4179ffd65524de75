import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { withE2eDatabase } from './database';
import { DEMO_COORDINATOR, expectAccessible, screenshot, signIn } from './support';

// The demo event open to registration lasts one morning; for this journey it lasts two days (put
// back afterwards). When another journey gave it programme days, those define its days: the second
// one is then added as a programme day too.
const SLUG = 'atelier-demo-inscriptions';
const EVENT_TITLE = 'Matinée des ateliers numériques — Aix-en-Provence';
let addedDayId: string | null = null;
let firstDay = '';

test.beforeAll(() =>
  withE2eDatabase(async (client) => {
    await client.query(`UPDATE "Event" SET "endsAt" = "endsAt" + interval '1 day' WHERE slug = $1`, [SLUG]);
    const added = await client.query<{ id: string }>(
      `INSERT INTO "EventDay" (id, "eventId", date, "startsAt", "endsAt")
       SELECT gen_random_uuid(), d."eventId", to_char(d.date::date + 1, 'YYYY-MM-DD'), d."startsAt" + interval '1 day', d."endsAt" + interval '1 day'
       FROM "EventDay" d JOIN "Event" e ON e.id = d."eventId" WHERE e.slug = $1
       ORDER BY d.date DESC LIMIT 1
       ON CONFLICT DO NOTHING RETURNING id`,
      [SLUG],
    );
    addedDayId = added.rows[0]?.id ?? null;
    const first = await client.query<{ date: string }>(
      `SELECT COALESCE((SELECT min(d.date) FROM "EventDay" d WHERE d."eventId" = e.id),
                       to_char((e."startsAt" AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD')) AS date
       FROM "Event" e WHERE e.slug = $1`,
      [SLUG],
    );
    firstDay = first.rows[0]?.date ?? '';
  }),
);
test.afterAll(() =>
  withE2eDatabase(async (client) => {
    if (addedDayId) await client.query(`DELETE FROM "EventDay" WHERE id = $1`, [addedDayId]);
    await client.query(`UPDATE "Event" SET "endsAt" = "endsAt" - interval '1 day' WHERE slug = $1`, [SLUG]);
  }),
);

test('someone registers for the second day only; day 1 check-in keeps them aside', async ({ page, browser }) => {
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
  await signIn(coordinator, DEMO_COORDINATOR);
  await coordinator.getByRole('link', { name: EVENT_TITLE, exact: true }).first().click();
  await expect(coordinator).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  await coordinator.goto(`${new URL(coordinator.url()).pathname}/pointage?jour=${firstDay}`);
  await expect(coordinator.getByText(name)).toBeHidden();
  await coordinator.getByText(/pour d’autres jours seulement/).click();
  await expect(coordinator.getByText(name)).toBeVisible();
  await expect(coordinator.getByText('pas prévu·e ce jour')).toBeVisible();
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'pointage-jours');
  await desk.close();
});
