import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The offline schema-engine stand-in (scripts/schema-engine.mjs) relies on Prisma internals: the CLI,
// the client and the adapter packages must come from one release, pinned exactly.
const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('Prisma packages', () => {
  const pinned = ['prisma', '@prisma/client', '@prisma/adapter-pg', '@prisma/driver-adapter-utils'];

  it.each(pinned)('%s is pinned to an exact version', (name) => {
    expect(manifest.dependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('are all on the same version', () => {
    const versions = new Set(pinned.map((name) => manifest.dependencies[name]));
    expect([...versions]).toHaveLength(1);
  });

  it('match the schema engine build', () => {
    const engine = manifest.dependencies['@prisma/schema-engine-wasm'];
    expect(engine?.startsWith(`${manifest.dependencies.prisma}-`)).toBe(true);
  });
});
