import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { test as base, expect, type Page } from '@playwright/test';
import { PrismaClient } from '@/prisma/generated/client';
import { createHub, type Hub } from '@/tests/factories/world';

// Every journey arranges its own data through tests/factories, on the database of the e2e server
// (scripts/start.mjs e2e writes its address in .data/e2e-<port>.url), and signs in as its own user:
// no journey reads what another wrote, so they run in any order, side by side.

function e2eDatabaseUrl(): string {
  const file = path.resolve(__dirname, '..', '..', '.data', `e2e-${process.env.E2E_PORT ?? 3210}.url`);
  return readFileSync(file, 'utf8').trim();
}

type WorkerFixtures = { db: PrismaClient };
type TestFixtures = { hub: Hub };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // One small pool per worker: the app's own pool needs the database's connections more.
  db: [
    async ({}, provide) => {
      const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl(), max: 2 }) });
      await provide(db);
      await db.$disconnect();
    },
    { scope: 'worker' },
  ],
  // A fresh hub and its coordinator for each test that asks for one.
  hub: async ({ db }, provide) => {
    await provide(await createHub(db));
  },
});

export { expect };

/** Signs in through the sign-in form, as a person would, and waits for the dashboard. */
export async function signInAs(page: Page, user: { email: string; password: string }) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(user.email);
  await page.getByLabel('Mot de passe').fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}
