import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect, type Page } from '@playwright/test';
import type { SeedTasks } from './seeder/tasks';

// Every journey arranges its own data through tests/factories, on the database of the e2e server
// (scripts/start.mjs e2e writes its address in .data/e2e-<port>.url), and signs in as its own user:
// no journey reads what another wrote, so they run in any order, side by side.

const root = path.resolve(__dirname, '..', '..');

function e2eDatabaseUrl(): string {
  return readFileSync(path.join(root, '.data', `e2e-${process.env.E2E_PORT ?? 3210}.url`), 'utf8').trim();
}

/** What crosses the pipe: a Date arrives as its ISO string. */
type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
export type Seeder = { [K in keyof SeedTasks]: (...args: Parameters<SeedTasks[K]>) => Promise<Json<Awaited<ReturnType<SeedTasks[K]>>>> };
export type Hub = Json<Awaited<ReturnType<SeedTasks['createHub']>>>;

/** Starts the worker's seeder process (tests/e2e/seeder/server.ts) and calls its factories by name. */
function startSeeder(): { seed: Seeder; stop: () => Promise<void> } {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/e2e/seeder/server.ts')], {
    cwd: root,
    env: { ...process.env, E2E_DATABASE_URL: e2eDatabaseUrl() },
  });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const { id, value, error } = JSON.parse(line) as { id: number; value?: unknown; error?: string };
    const call = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined) call?.reject(new Error(`Seeder: ${error}`));
    else call?.resolve(value);
  });
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code) => {
      for (const call of waiting.values()) call.reject(new Error(`Seeder exited (${code}): ${stderr}`));
      resolve();
    });
  });
  let next = 0;
  const seed = new Proxy({} as Seeder, {
    get: (_, task: string) =>
      (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          next += 1;
          waiting.set(next, { resolve, reject });
          child.stdin.write(`${JSON.stringify({ id: next, task, args })}\n`);
        }),
  });
  return {
    seed,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

type WorkerFixtures = { seed: Seeder };
type TestFixtures = { hub: Hub };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  seed: [
    async ({}, provide) => {
      const seeder = startSeeder();
      await provide(seeder.seed);
      await seeder.stop();
    },
    { scope: 'worker' },
  ],
  // A fresh hub and its coordinator for each test that asks for one.
  hub: async ({ seed }, provide) => {
    await provide(await seed.createHub());
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
