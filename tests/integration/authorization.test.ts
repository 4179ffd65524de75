import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAsCaller, type Caller } from '@/lib/server/current-user';
import { createDiagnostic, createEvent, createTerritory, createUser } from '@/tests/factories';
import { CALLERS, registry, type CallerKind, type RefusalCode, type RegistryEntry, type Scene } from '@/tests/support/authorization-registry';
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

type Guarded = Exclude<RegistryEntry, { public: string }>;
const REFUSAL_STATUS: Record<RefusalCode, number> = { unauthenticated: 401, forbidden: 403, 'not-found': 404 };

/** The refusal code of an outcome, or 'ok', or what else came back (a validation error is not a refusal). */
async function codeOf(outcome: Awaited<ReturnType<Guarded['attempt']>>): Promise<string> {
  if (outcome instanceof Response) {
    if (outcome.status < 400) return 'ok';
    const refusal = Object.entries(REFUSAL_STATUS).find(([, status]) => status === outcome.status);
    return refusal ? refusal[0] : `HTTP ${outcome.status} ${await outcome.text()}`;
  }
  return outcome.ok ? 'ok' : (outcome.code ?? `uncoded ${JSON.stringify(outcome)}`);
}

describe('authorization registry', () => {
  it('lists every server action and route handler', async () => {
    const routes = await filesUnder('app', (name) => name === 'route.ts');
    const registered = new Set(registry.map((e) => e.name));
    expect([...(await allActionNames()), ...routes].filter((name) => !registered.has(name))).toEqual([]);
  });

  it('gives each handler a refusal for some caller, or a written reason to be public', () => {
    const unguarded = registry.filter((entry) =>
      'public' in entry ? entry.public.trim().length < 15 : !CALLERS.some((caller) => typeof entry.expect[caller] === 'string'),
    );
    expect(unguarded.map((entry) => entry.name)).toEqual([]);
    const names = registry.map((entry) => entry.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  let scene: Scene;
  let callers: Record<CallerKind, Caller | null>;
  beforeAll(async () => {
    const db = testDb();
    const adminA = await createUser(db, { role: 'ADMIN' });
    const eventA = await createEvent(db, { ownerOrganisationId: adminA.organisationId });
    const outsider = await createUser(db, { role: 'ADMIN' });
    const funder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR' } });
    const memberA = await createUser(db, { role: 'MEMBER', organisationId: adminA.organisationId });
    const territory = await createTerritory(db);
    const diagnosticA = await createDiagnostic(db, { organisationId: adminA.organisationId, territoryId: territory.id, createdById: adminA.id });
    scene = { db, orgA: { id: adminA.organisationId }, adminA, eventA, diagnosticA, outsider };
    // Each claims A as their current organisation: the claim must never be enough.
    callers = {
      signedOut: null,
      outsider: { userId: outsider.id, organisationId: adminA.organisationId },
      funder: { userId: funder.id, organisationId: adminA.organisationId },
      member: { userId: memberA.id, organisationId: adminA.organisationId },
    };
  });

  const guarded = registry.filter((entry): entry is Guarded => !('public' in entry));
  // A MEMBER of A allowed to act would change A's data: that case is the handler's own test's.
  const cases = guarded.flatMap((entry) =>
    CALLERS.filter((caller) => !(caller === 'member' && typeof entry.expect[caller] !== 'string')).map(
      (caller) => [entry.name, caller, entry] as const,
    ),
  );
  it.each(cases)('%s, tried by %s', async (_name, caller, entry) => {
    const expected = entry.expect[caller];
    const outcome = await runAsCaller(callers[caller], () => entry.attempt(scene));
    expect(await codeOf(outcome)).toBe(typeof expected === 'string' ? expected : 'ok');
    await entry.unchanged?.(scene);
  });
});
