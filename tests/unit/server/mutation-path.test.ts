// The one mutation path (lib/server/action.ts, lib/server/route.ts): server actions and route
// handlers get their viewer, permission check and transaction from a wrapper, so none of them may
// authorize or open a transaction by hand — a handler cannot forget authorization.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');

async function filesUnder(dir: string, match: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && match(e.name)).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

const FORBIDDEN = [
  { pattern: /\brequire(Viewer|Membership|DiagnosticAccess|[A-Za-z]*Permission)\b/, what: 'a require* authorization helper' },
  { pattern: /\$transaction\b/, what: 'a transaction of its own' },
  { pattern: /\bgetViewer\b/, what: 'getViewer (the wrapper hands the viewer)' },
];

/** The lines of `source` that break the rule, as "file:line what". */
function violations(file: string, source: string): string[] {
  return source.split('\n').flatMap((line, index) =>
    FORBIDDEN.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${file}:${index + 1} calls ${what}`),
  );
}

describe('the mutation path', () => {
  it('flags a handler that authorizes or opens a transaction by hand', () => {
    const source = "await requireEventPermission(id, 'event.edit');\nawait db().$transaction(fn);\nconst v = await requireViewer();";
    expect(violations('x.ts', source)).toEqual([
      'x.ts:1 calls a require* authorization helper',
      'x.ts:2 calls a transaction of its own',
      'x.ts:3 calls a require* authorization helper',
    ]);
    expect(violations('x.ts', "export const a = eventAction(schema, 'event.edit', async ({ tx }) => tx.room.count());")).toEqual([]);
  });

  it('holds for every server action and route handler', async () => {
    const files = [
      ...(await filesUnder('lib/server/actions', (name) => name.endsWith('.ts'))),
      ...(await filesUnder('app', (name) => name === 'route.ts')),
    ];
    expect(files.length).toBeGreaterThan(40);
    const found = await Promise.all(files.map(async (file) => violations(file, await readFile(path.join(root, file), 'utf8'))));
    expect(found.flat()).toEqual([]);
  });

  it('exports every server action as a wrapper, never the legacy action() helper', async () => {
    const files = await filesUnder('lib/server/actions', (name) => name.endsWith('.ts'));
    const legacy = [];
    for (const file of files) {
      const source = await readFile(path.join(root, file), 'utf8');
      if (/\baction\(/.test(source)) legacy.push(file);
    }
    expect(legacy).toEqual([]);
  });
});
