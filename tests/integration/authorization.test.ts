import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAsCaller } from '@/lib/server/current-user';
import { createDiagnostic, createEvent, createTerritory, createUser } from '@/tests/factories';
import { registry, type Scene } from '@/tests/support/authorization-registry';
import { testDb } from '@/tests/support/db';

const root = path.resolve(__dirname, '..', '..');

async function filesUnder(dir: string, match: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && match(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Every exported server action, found by importing each 'use server' module. */
async function allActionNames(): Promise<string[]> {
  const files = await filesUnder('lib/server/actions', (name) => name.endsWith('.ts'));
  const names: string[] = [];
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === 'function') names.push(name);
  }
  return names.sort();
}

describe('authorization registry', () => {
  it('lists every server action and route handler', async () => {
    const routes = await filesUnder('app', (name) => name === 'route.ts');
    const registered = new Set(registry.map((e) => e.name));
    expect([...(await allActionNames()), ...routes].filter((name) => !registered.has(name))).toEqual([]);
  });

  let scene: Scene;
  beforeAll(async () => {
    const db = testDb();
    const adminA = await createUser(db, { role: 'ADMIN' });
    const eventA = await createEvent(db, { ownerOrganisationId: adminA.organisationId });
    const outsider = await createUser(db, { role: 'ADMIN' });
    const territory = await createTerritory(db);
    const diagnosticA = await createDiagnostic(db, { organisationId: adminA.organisationId, territoryId: territory.id, createdById: adminA.id });
    scene = { db, orgA: { id: adminA.organisationId }, adminA, eventA, diagnosticA, outsider };
  });

  const guarded = registry.filter((entry) => !('public' in entry));
  it.each(guarded.map((entry) => [entry.name, entry] as const))('%s refuses a member of another organisation', async (_name, entry) => {
    if ('public' in entry) return;
    const outcome = await runAsCaller({ userId: scene.outsider.id, organisationId: scene.orgA.id }, () => entry.attempt(scene));
    const refused = outcome instanceof Response ? [401, 403, 404].includes(outcome.status) : outcome.ok === false;
    if (!entry.mayAct) expect(refused).toBe(true);
    await entry.unchanged?.(scene);
  });
});
