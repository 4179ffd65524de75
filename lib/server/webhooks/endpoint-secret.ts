import 'server-only';
import { openText, sealText } from '@/lib/server/secret-key';

const PURPOSE = 'webhook-endpoint-secrets';

/** An endpoint's signing secret as stored: sealed, readable only by the server (secret-key.ts). */
export function sealEndpointSecret(secret: string): string {
  return sealText(PURPOSE, secret);
}

export function openEndpointSecret(sealed: string): string {
  return openText(PURPOSE, sealed);
}
