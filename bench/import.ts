// npm run bench:import — imports 10 000 registrations from a Windows-1252 `;` CSV into a fresh
// embedded PostgreSQL, through the same pipeline as the import action: read the bytes, check
// every row, write them all in one transaction. Prints the time of each step.
// Run with the react-server condition (see package.json): lib/server modules are 'server-only'.
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { startBenchDatabase } from './support/database';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const CATEGORIES = ['Conseiller numérique', 'Médiatrice numérique', 'Agent de collectivité', 'Élu·e', 'Association', 'Bénévole', 'Grand public'];

function csvBytes(count: number): Uint8Array {
  const lines = ['Prénom;Nom;Adresse e-mail;Structure;Catégorie;Date d’inscription'];
  for (let i = 0; i < count; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`Hélène;Dupré-${i};participant-${i}@exemple.fr;Association Récré n°${i % 300};${CATEGORIES[i % CATEGORIES.length]};${day}/01/2027 10:${String(i % 60).padStart(2, '0')}`);
  }
  return new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1252'));
}

async function main() {
  const server = await startBenchDatabase();
  try {

    const { db } = await import('@/lib/server/db');
    const { readRegistrationFile } = await import('@/lib/server/imports/registration-file');
    const { analyseTable, listExistingRegistrations, writeImportPlan } = await import('@/lib/server/imports/registration-import');
    const { createEvent, createOrganisation } = await import('@/tests/factories');
    const organisation = await createOrganisation(db());
    const event = await createEvent(db(), { ownerOrganisationId: organisation.id });

    const bytes = csvBytes(ROWS);
    const t0 = performance.now();
    const table = await readRegistrationFile({ name: 'bench.csv', bytes });
    const t1 = performance.now();
    const { written, checked } = await db().$transaction(
      async (tx) => {
        const existing = await listExistingRegistrations(tx, event.id);
        const { report, plan } = analyseTable({ fileName: 'bench.csv', table, source: 'generique', mapping: null, existing });
        if (!report.ready) throw new Error(`unexpected problems: ${JSON.stringify(report.errors.slice(0, 3))}`);
        const checkedAt = performance.now();
        return { written: await writeImportPlan(tx, { eventId: event.id, source: 'generique', plan, now: new Date() }), checked: checkedAt };
      },
      { timeout: 120_000 },
    );
    const t3 = performance.now();
    const count = await db().registration.count({ where: { eventId: event.id } });
    const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
    console.log(`[bench:import] ${ROWS} lignes, fichier de ${(bytes.byteLength / 1024 / 1024).toFixed(2)} Mo (Windows-1252, « ; »)`);
    console.log(`[bench:import] lecture (décodage + CSV) : ${ms(t0, t1)}`);
    console.log(`[bench:import] vérification des lignes : ${ms(t1, checked)}`);
    console.log(`[bench:import] écriture (une transaction) : ${ms(checked, t3)}`);
    console.log(`[bench:import] total : ${ms(t0, t3)} — ${written.created} inscriptions créées, ${count} en base`);
    await db().$disconnect();
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
