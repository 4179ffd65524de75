// Environment loading shared by the start-up wrappers.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nextEnv from '@next/env';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** Loads .env files like Next does, after making sure .env.local holds an AUTH_SECRET. */
export function loadEnvironment({ dev }) {
  const localFile = path.join(root, '.env.local');
  const local = existsSync(localFile) ? readFileSync(localFile, 'utf8') : '';
  if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(local)) {
    const secret = randomBytes(32).toString('base64url');
    appendFileSync(localFile, `${local && !local.endsWith('\n') ? '\n' : ''}AUTH_SECRET=${secret}\n`, { mode: 0o600 });
    console.log('[trame] AUTH_SECRET généré dans .env.local (fichier ignoré par git).');
  }
  nextEnv.loadEnvConfig(root, dev);
}
