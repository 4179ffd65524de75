import 'server-only';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/*
 * No webhook reaches the server's own network (SSRF): an endpoint whose host is, or resolves to, a
 * loopback, private, link-local (cloud metadata 169.254.169.254), CGNAT, multicast, reserved or
 * unique-local address is refused when it is saved, and the address is checked again when each
 * delivery connects (transport.ts), since a name may later resolve elsewhere (DNS rebinding).
 */

const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const MAPPED_IPV4_HEX = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/** The IPv4 address inside an IPv4-mapped IPv6 one (::ffff:127.0.0.1, ::ffff:7f00:1), if any. */
function mappedIpv4(address: string): string | null {
  const dotted = MAPPED_IPV4.exec(address);
  if (dotted?.[1]) return dotted[1];
  const hex = MAPPED_IPV4_HEX.exec(address);
  if (!hex?.[1] || !hex[2]) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether a delivery may connect to this IP address (an unparsable one may not). */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return !BLOCKED.check(bare, 'ipv4');
  if (family !== 6) return false;
  const ipv4 = mappedIpv4(bare);
  if (ipv4) return isPublicAddress(ipv4);
  return !BLOCKED.check(bare, 'ipv6');
}

export type HostCheck = 'public' | 'private' | 'unknown';

export type Resolver = (hostname: string) => Promise<string[]>;

const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** Whether every address a host has is public; a host that does not resolve is 'unknown'. */
export async function checkHost(hostname: string, resolve: Resolver = systemResolver): Promise<HostCheck> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return isPublicAddress(bare) ? 'public' : 'private';
  if (bare === 'localhost' || bare.endsWith('.localhost')) return 'private';
  let addresses: string[];
  try {
    addresses = await resolve(bare);
  } catch {
    return 'unknown';
  }
  if (addresses.length === 0) return 'unknown';
  return addresses.every(isPublicAddress) ? 'public' : 'private';
}
