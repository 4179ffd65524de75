/**
 * The address a request came from, for rate limits.
 *
 * The chain is every X-Forwarded-For entry followed by the address of the socket the request arrived
 * on. Each proxy appends the address it received the request from, so only the last `trustedHops`
 * entries were written by proxies we run; everything before them came from the client and may be
 * forged. With `trustedHops` proxies in front, the client is the entry just before them.
 *
 * Without a socket address (the app was not started through scripts/start.mjs) nothing in the
 * request can be trusted: the answer is `null`, and callers key their limits on something else
 * (the e-mail) rather than on a header the client chooses.
 */
export const UNKNOWN_ADDRESS = 'unknown';

export type AddressSources = {
  /** Address of the TCP peer, as seen by Node (set by the start-up wrapper, never by the client). */
  socket: string | null | undefined;
  /** The X-Forwarded-For header as received, if any. */
  forwardedFor: string | null | undefined;
};

export function clientAddressOf({ socket, forwardedFor }: AddressSources, trustedHops: number): string | null {
  if (!socket) return null;
  const forwarded = (forwardedFor ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const chain = [...forwarded, socket];
  // Fewer entries than proxies announced: the request did not go through them all (it reached a
  // proxy or the app directly); the farthest address we have is the best we can do.
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return normalise(chain[index] ?? socket);
}

/** "::ffff:203.0.113.7" (IPv4 on an IPv6 socket) and "203.0.113.7" are one client. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1').toLowerCase();
}
