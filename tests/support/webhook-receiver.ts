import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifyWebhookSignature } from '@/lib/server/webhooks/signature';
import type { WebhookTransport } from '@/lib/server/webhooks/transport';

/*
 * A webhook receiver as a hub would write one: a real HTTP server on 127.0.0.1 that checks each
 * request's signature with the endpoint's secret (README « Webhooks ») and answers the status codes it
 * is told to. Deliveries reach it through `transport`, the tests' only way past the HTTPS and
 * public-address rules: it sends the request as built for the endpoint's https address to this local server.
 */

export type Received = { path: string; headers: Record<string, string | undefined>; body: string; verified: boolean; json: unknown };

export type Receiver = {
  received: Received[];
  /** The secret of the endpoint whose URL path is `path`. */
  trust: (path: string, secret: string) => void;
  /** The next answers for `path`, in order; afterwards 200. */
  answer: (path: string, ...statuses: number[]) => void;
  transport: WebhookTransport;
  close: () => Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const secrets = new Map<string, string>();
  const answers = new Map<string, number[]>();
  const received: Received[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const path = incoming.url ?? '/';
      const body = Buffer.concat(chunks).toString('utf8');
      const header = incoming.headers[SIGNATURE_HEADER.toLowerCase()];
      const secret = secrets.get(path);
      const verified = secret !== undefined && verifyWebhookSignature(secret, body, typeof header === 'string' ? header : null).ok;
      const headers = Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value]));
      received.push({ path, headers, body, verified, json: JSON.parse(body) as unknown });
      const status = verified ? (answers.get(path)?.shift() ?? 200) : 401;
      outgoing.writeHead(status).end(status < 300 ? 'ok' : 'non');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const transport: WebhookTransport = ({ url, headers, body }) =>
    new Promise((resolve) => {
      const target = new URL(url);
      const outgoing = request(
        { host: '127.0.0.1', port, path: `${target.pathname}${target.search}`, method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } },
        (response) => {
          response.resume();
          response.on('end', () => resolve({ statusCode: response.statusCode ?? null, error: null }));
        },
      );
      outgoing.on('error', () => resolve({ statusCode: null, error: 'Échec de la connexion.' }));
      outgoing.end(body);
    });

  return {
    received,
    trust: (path, secret) => void secrets.set(path, secret),
    answer: (path, ...statuses) => void answers.set(path, statuses),
    transport,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
