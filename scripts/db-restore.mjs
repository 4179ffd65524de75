#!/usr/bin/env node
// Replaces ALL the data of the configured database by a backup's:
//   npm run db:restore -- backups/trame-<date>.jsonl.gz --yes
// Without --yes it only says what it would do. The target must have the backup's migrations
// (npm run db:deploy first); everything happens in one transaction.
import path from 'node:path';
import nextEnv from '@next/env';
import { restoreDatabase } from './lib/backup.mjs';
import { provideDatabase } from './lib/database.mjs';
import { root } from './lib/env.mjs';

nextEnv.loadEnvConfig(root, true);
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage : npm run db:restore -- <fichier de sauvegarde> --yes');
  process.exit(2);
}
const target = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).host + new URL(process.env.DATABASE_URL).pathname : 'la base embarquée (.data/postgres)';
if (!args.includes('--yes')) {
  console.error(`[trame] La restauration remplacera TOUTES les données de ${target} par celles de ${file}.`);
  console.error('[trame] Relancez avec --yes pour confirmer.');
  process.exit(2);
}

const database = await provideDatabase();
let status = 0;
try {
  const counts = await restoreDatabase(database.url, path.resolve(file));
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`[trame] Restauration terminée : ${rows} lignes dans ${Object.keys(counts).length} tables.`);
} catch (error) {
  console.error(`[trame] Restauration refusée ou échouée, rien n’a changé : ${error instanceof Error ? error.message : String(error)}`);
  status = 1;
} finally {
  await database.stop();
}
process.exit(status);
