import 'server-only';
import { hkdfSync } from 'node:crypto';
import { env } from '@/lib/env';

// Integration tests run without AUTH_SECRET; every real start (npm run dev / start) generates one.
const TEST_SECRET = 'trame-cle-de-test-des-courriels-seulement';

/**
 * A 256-bit key for one purpose, derived from AUTH_SECRET with HKDF, so that no two features share
 * a key and rotating AUTH_SECRET rotates them all.
 */
export function derivedKey(purpose: string): Buffer {
  const { AUTH_SECRET, NODE_ENV } = env();
  const secret = AUTH_SECRET ?? (NODE_ENV === 'test' ? TEST_SECRET : undefined);
  if (!secret) throw new Error(`AUTH_SECRET est requis (${purpose}).`);
  return Buffer.from(hkdfSync('sha256', secret, 'trame', purpose, 32));
}
