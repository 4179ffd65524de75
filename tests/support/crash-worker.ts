// Child process of tests/integration/crash-safety.test.ts, killed with SIGKILL while it writes:
//   node --import tsx tests/support/crash-worker.ts import <eventId> <rows>
//   node --import tsx tests/support/crash-worker.ts burst <eventId>
// It goes through the app's own code (the import's transaction, the public registration) on DATABASE_URL.
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

/*
 * Outside Next, 'server-only' throws unless the react-server condition is on, and with that condition
 * next/navigation (imported by lib/server/action.ts) does not load. So: no condition, and an empty
 * 'server-only' in the module cache before the app's modules are loaded (they are required lazily).
 */
const require = createRequire(__filename);
const serverOnly = require.resolve('server-only');
require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

const app = async () => ({
  ...(await import('@/lib/server/db')),
  ...(await import('@/lib/server/imports/registration-file')),
  ...(await import('@/lib/server/imports/registration-import')),
  ...(await import('@/lib/server/registrations/register')),
  ...(await import('@/lib/domain/registrations/import-columns')),
});

const [mode, eventId = '', rowCount = '8000'] = process.argv.slice(2);

function importFile(rows: number) {
  const lines = ['Prénom;Nom;Adresse e-mail;Structure'];
  for (let i = 0; i < rows; i += 1) lines.push(`Léa;Martin-${i};crash-${i}@exemple.fr;Association ${i % 50}`);
  return { name: 'crash.csv', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

/*
 * The import action's transaction (lib/server/actions/registration-import.ts, confirmImport), without
 * the action wrapper: it imports next/navigation, which does not load outside Next.
 */
async function runImport() {
  const { db, emptyMapping, readRegistrationFile, listExistingRegistrations, analyseTable, writeImportPlan } = await app();
  const mapping = { ...emptyMapping(), firstName: 0, lastName: 1, email: 2, organisation: 3 };
  const file = importFile(Number(rowCount));
  const table = await readRegistrationFile(file);
  const written = await db().$transaction(
    async (tx) => {
      const existing = await listExistingRegistrations(tx, eventId);
      const { report, plan } = analyseTable({ fileName: file.name, table, source: 'generique', mapping, existing });
      if (!report.ready) throw new Error(JSON.stringify(report.errors.slice(0, 3)));
      return writeImportPlan(tx, { eventId, source: 'generique', plan, now: new Date() });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  console.log(JSON.stringify(written));
}

async function runBurst() {
  const { registerParticipant } = await app();
  // Eight registrations at a time, without end: the parent kills this process.
  const one = () =>
    registerParticipant({
      eventId,
      name: 'Rafale',
      email: `rafale-${randomUUID()}@exemple.fr`,
      organisation: '',
      category: 'MEDIATEUR',
      accessibilityNeeds: '',
      sessionIds: [],
      consent: true,
      website: '',
    }).catch(() => null);
  for (;;) await Promise.all(Array.from({ length: 8 }, one));
}

// Not a top-level await: tsx runs this file as CommonJS.
(mode === 'import' ? runImport() : mode === 'burst' ? runBurst() : Promise.reject(new Error(`unknown mode ${mode}`))).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
