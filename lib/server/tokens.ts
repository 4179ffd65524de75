import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token for a link (256 bits) and the hash we store instead of it. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
