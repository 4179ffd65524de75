import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * Runs SQL on the e2e server's database, for the rare journey that must arrange data the UI cannot.
 * scripts/start.mjs (e2e mode) writes the database's address in .data/e2e-<port>.url.
 */
export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = readFileSync(path.join('.data', `e2e-${process.env.E2E_PORT ?? 3210}.url`), 'utf8').trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
