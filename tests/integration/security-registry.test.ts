// What tests/integration/authorization.test.ts relies on to find every entry point: server actions
// only in 'use server' modules of lib/server/actions (no inline 'use server' in a page or a
// component, which it would not see), and route handlers only in files named route.ts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const DIRECTIVE = /^\s*['"]use server['"];?\s*$/m;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx|js|jsx|mjs)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

describe('entry points the authorization registry can see', () => {
  it('declares server actions only in lib/server/actions, and every module there is a server one', async () => {
    const files = [...(await sourceFiles('app')), ...(await sourceFiles('components')), ...(await sourceFiles('lib'))];
    const withDirective: string[] = [];
    for (const file of files) if (DIRECTIVE.test(await readFile(path.join(root, file), 'utf8'))) withDirective.push(file);
    const actions = files.filter((f) => f.startsWith(`lib${path.sep}server${path.sep}actions${path.sep}`));
    expect(withDirective.filter((f) => !actions.includes(f))).toEqual([]);
    expect(actions.filter((f) => !withDirective.includes(f))).toEqual([]);
  });

  it('names every route handler route.ts', async () => {
    const routes = (await sourceFiles('app')).filter((f) => /^route\.\w+$/.test(path.basename(f)));
    expect(routes.filter((f) => path.basename(f) !== 'route.ts')).toEqual([]);
  });
});
