import 'server-only';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from '@/lib/server/webhooks/address';

/*
 * One HTTPS POST of a webhook. The connection may only reach a public address: an IP host is checked
 * before connecting and a name is resolved through `guardedLookup`, which refuses the connection when
 * any address is private (DNS rebinding after the endpoint was saved). Redirects are not followed.
 * The answer's body is read up to a few bytes and dropped: only the status code is kept.
 */

export type WebhookRequest = { url: string; headers: Record<string, string>; body: string };
/** `statusCode` null: no answer (refused address, timeout, network error), `error` says why in French. */
export type WebhookResponse = { statusCode: number | null; error: string | null };
export type WebhookTransport = (request: WebhookRequest) => Promise<WebhookResponse>;

export const TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 4096;
export const PRIVATE_ADDRESS = 'Adresse privée refusée à la connexion.';

export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 4);
    const list = addresses ?? [];
    if (list.length === 0 || !list.every((entry) => isPublicAddress(entry.address))) {
      return callback(Object.assign(new Error(PRIVATE_ADDRESS), { code: 'EPRIVATE' }), '', 4);
    }
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, list);
    const [first] = list;
    return callback(null, first!.address, first!.family);
  });
};

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EPRIVATE') return PRIVATE_ADDRESS;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'Adresse introuvable (DNS).';
  if (code === 'ECONNREFUSED') return 'Connexion refusée.';
  if (code === 'ETIMEDOUT' || code === 'ECONNRESET' || code === 'ABORT_ERR') return 'Pas de réponse à temps.';
  if (typeof code === 'string' && (code.startsWith('ERR_TLS') || code.includes('CERT'))) return 'Certificat HTTPS refusé.';
  return 'Échec de la connexion.';
}

export const httpsTransport: WebhookTransport = ({ url, headers, body }) =>
  new Promise((resolve) => {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (target.protocol !== 'https:') return resolve({ statusCode: null, error: 'Adresse non HTTPS.' });
    if (isIP(host) && !isPublicAddress(host)) return resolve({ statusCode: null, error: PRIVATE_ADDRESS });
    const outgoing = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        agent: false,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        const done = () => resolve({ statusCode: response.statusCode ?? null, error: null });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    outgoing.on('error', (error) => resolve({ statusCode: null, error: describe(error) }));
    outgoing.end(body);
  });
