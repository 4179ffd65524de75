import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsTransport, PRIVATE_ADDRESS } from '@/lib/server/webhooks/transport';

// A listener on 127.0.0.1 that counts connections: the delivery transport must never reach it.
let connections = 0;
const server = createServer((socket) => {
  connections += 1;
  socket.destroy();
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (url: string) => httpsTransport({ url, headers: { 'Content-Type': 'application/json' }, body: '{}' });

describe('the delivery transport', () => {
  it('refuses a private IP host without connecting', async () => {
    expect(await post(`https://127.0.0.1:${port}/trame`)).toEqual({ statusCode: null, error: PRIVATE_ADDRESS });
    expect(await post(`https://[::ffff:127.0.0.1]:${port}/trame`)).toEqual({ statusCode: null, error: PRIVATE_ADDRESS });
    expect(connections).toBe(0);
  });

  it('checks the address again when connecting: a name resolving to a private address is refused (DNS rebinding)', async () => {
    expect(await post(`https://localhost:${port}/trame`)).toEqual({ statusCode: null, error: PRIVATE_ADDRESS });
    expect(connections).toBe(0);
  });

  it('never sends over plain HTTP', async () => {
    expect(await post(`http://93.184.215.14:${port}/trame`)).toEqual({ statusCode: null, error: 'Adresse non HTTPS.' });
  });
});
