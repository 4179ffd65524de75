#!/usr/bin/env node
// Instance administrators vouch for funder organisations (the share picker marks the others
// « non vérifié »). Check the SIRET against the INSEE register (annuaire-entreprises.data.gouv.fr) and
// that the account's people belong to that funder, then:
//   node scripts/verify-funder.mjs --list            funders not verified yet (name, SIRET, created)
//   node scripts/verify-funder.mjs <SIRET>           marks the funder with this SIRET verified
//   node scripts/verify-funder.mjs --revoke <SIRET>  withdraws the verification
// Uses DATABASE_URL, else the embedded development database (like npm run db:migrate).
import pg from 'pg';
import { loadEnvironment } from './lib/env.mjs';
import { provideDatabase } from './lib/database.mjs';

loadEnvironment({ dev: !process.env.DATABASE_URL });
const args = process.argv.slice(2);
const revoke = args[0] === '--revoke';
const siret = (revoke ? args[1] : args[0])?.replace(/[\s.]/g, '');
if (!siret || (siret !== '--list' && !/^\d{14}$/.test(siret))) {
  console.error('Usage : node scripts/verify-funder.mjs --list | <SIRET> | --revoke <SIRET>');
  process.exit(2);
}

const database = await provideDatabase();
const client = new pg.Client({ connectionString: database.url });
let status = 0;
try {
  await client.connect();
  if (siret === '--list') {
    const { rows } = await client.query(
      `SELECT name, siret, "createdAt" FROM "Organisation" WHERE kind = 'FINANCEUR' AND "verifiedAt" IS NULL ORDER BY "createdAt"`,
    );
    if (rows.length === 0) console.log('Aucun financeur à vérifier.');
    for (const row of rows) console.log(`${row.siret ?? '(sans SIRET)'}  ${row.name}  (inscrit le ${row.createdAt.toISOString().slice(0, 10)})`);
  } else {
    const { rows } = await client.query(
      `UPDATE "Organisation" SET "verifiedAt" = ${revoke ? 'NULL' : 'now()'} WHERE kind = 'FINANCEUR' AND siret = $1 RETURNING name`,
      [siret],
    );
    if (rows.length === 0) {
      console.error(`Aucun financeur n’a le SIRET ${siret}.`);
      status = 1;
    } else {
      console.log(`${rows[0].name} : ${revoke ? 'vérification retirée' : 'vérifié'}.`);
    }
  }
} finally {
  await client.end().catch(() => {});
  await database.stop();
}
process.exit(status);
