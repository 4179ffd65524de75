#!/usr/bin/env node
// Backs up the configured database (DATABASE_URL, else the embedded one in .data/postgres):
//   npm run db:backup                       → backups/trame-<date>.jsonl.gz
//   npm run db:backup -- --output file.gz   → that file
// Format and reasons: scripts/lib/backup.mjs. Restore with `npm run db:restore`.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import nextEnv from '@next/env';
import { backupDatabase } from './lib/backup.mjs';
import { provideDatabase } from './lib/database.mjs';
import { root } from './lib/env.mjs';

nextEnv.loadEnvConfig(root, true);
const args = process.argv.slice(2);
const outputAt = args.indexOf('--output');
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const file = path.resolve(outputAt >= 0 && args[outputAt + 1] ? args[outputAt + 1] : path.join(root, 'backups', `trame-${stamp}.jsonl.gz`));

await mkdir(path.dirname(file), { recursive: true });
const database = await provideDatabase();
let status = 0;
try {
  const counts = await backupDatabase(database.url, file);
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`[trame] Sauvegarde écrite : ${file} (${rows} lignes, ${Object.keys(counts).length} tables non vides).`);
} catch (error) {
  console.error(`[trame] Sauvegarde impossible : ${error instanceof Error ? error.message : String(error)}`);
  status = 1;
} finally {
  await database.stop();
}
process.exit(status);
