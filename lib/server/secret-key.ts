import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
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

const SEALED_VERSION = 'v1';

/**
 * Seals `plain` for storage (AES-256-GCM, key derived for `purpose`): `v1.<iv>.<ciphertext>.<tag>`.
 * Only the server, holding AUTH_SECRET, can open it; changing AUTH_SECRET makes it unreadable.
 */
export function sealText(purpose: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derivedKey(purpose), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [SEALED_VERSION, ...[iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url'))].join('.');
}

/** Opens what sealText sealed for the same purpose; throws when it was altered or sealed with another key. */
export function openText(purpose: string, sealed: string): string {
  const [version, iv, text, tag] = sealed.split('.');
  if (version !== SEALED_VERSION || !iv || !text || !tag) throw new Error('Texte scellé illisible.');
  const decipher = createDecipheriv('aes-256-gcm', derivedKey(purpose), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(text, 'base64url')), decipher.final()]).toString('utf8');
}
