import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '@/lib/domain/access/client-address';

describe('clientAddressOf', () => {
  it.each([
    // No proxy in front (default): the socket, whatever the client wrote in X-Forwarded-For.
    ['no proxy, no header', { socket: '203.0.113.7', forwardedFor: null }, 0, '203.0.113.7'],
    ['no proxy, forged header', { socket: '203.0.113.7', forwardedFor: '10.0.0.1, 198.51.100.9' }, 0, '203.0.113.7'],
    ['IPv4 on an IPv6 socket', { socket: '::ffff:203.0.113.7', forwardedFor: null }, 0, '203.0.113.7'],
    // One proxy: it appended the client's address; earlier entries are the client's own.
    ['one proxy', { socket: '10.0.0.2', forwardedFor: '203.0.113.7' }, 1, '203.0.113.7'],
    ['one proxy, forged entries before', { socket: '10.0.0.2', forwardedFor: '1.1.1.1, 2.2.2.2, 203.0.113.7' }, 1, '203.0.113.7'],
    ['two proxies', { socket: '10.0.0.3', forwardedFor: '9.9.9.9, 203.0.113.7, 10.0.0.2' }, 2, '203.0.113.7'],
    ['fewer entries than proxies', { socket: '10.0.0.2', forwardedFor: null }, 2, '10.0.0.2'],
  ])('%s', (_case, sources, hops, expected) => {
    expect(clientAddressOf(sources, hops)).toBe(expected);
  });

  it('is unknown without a socket address, even with a header', () => {
    expect(clientAddressOf({ socket: undefined, forwardedFor: '203.0.113.7' }, 0)).toBeNull();
    expect(clientAddressOf({ socket: '', forwardedFor: '203.0.113.7' }, 1)).toBeNull();
  });
});
