import 'server-only';
import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { clientAddressOf } from '@/lib/domain/access/client-address';
import { env } from '@/lib/env';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { isOutsideRequest } from '@/lib/server/current-user';

// Counters live in PostgreSQL (table RateLimit) so that every app instance shares them; expired rows
// are purged by the hourly job in lib/server/rate-limit-purge.ts.
const POLICIES = {
  // Sign-in attempts, per address (a password spray) and per account (a targeted guess). A successful
  // attempt gives its point back, so only failures add up.
  signInAddress: { points: 30, duration: 15 * 60 },
  signInAccount: { points: 10, duration: 15 * 60 },
  // Public forms (registration, questionnaire, sign-up, password reset): a generous budget per address,
  // because a venue's Wi-Fi puts a whole audience behind one address, and a tight one per e-mail.
  formAddress: { points: 200, duration: 60 * 60 },
  formIdentity: { points: 10, duration: 60 * 60 },
  // PINs of volunteers' check-in links: per link (a 6-digit PIN must not be guessable) and per address.
  checkInPinLink: { points: 10, duration: 15 * 60 },
  checkInPinAddress: { points: 30, duration: 15 * 60 },
} as const;
export type RateLimitPolicy = keyof typeof POLICIES;

const limiters = new Map<RateLimitPolicy, RateLimiterPrisma>();

function limiter(policy: RateLimitPolicy): RateLimiterPrisma {
  let found = limiters.get(policy);
  if (!found) {
    found = new RateLimiterPrisma({
      storeClient: db(),
      tableName: 'rateLimit',
      keyPrefix: policy,
      clearExpiredByTimeout: false,
      ...POLICIES[policy],
    });
    limiters.set(policy, found);
  }
  return found;
}

/**
 * scripts/lib/socket-address.mjs (loaded by the start-up wrapper into Next's process) writes the TCP
 * peer's address into this header on every request, replacing whatever the client sent, and raises
 * the flag below. Without the flag the header is the client's word and is ignored.
 */
export const SOCKET_ADDRESS_HEADER = 'x-trame-socket-address';
const SOCKET_HOOK_FLAG = Symbol.for('trame.socketAddressHook');

export function isSocketAddressHooked(): boolean {
  return (globalThis as Record<symbol, unknown>)[SOCKET_HOOK_FLAG] === true;
}

/**
 * The client's address for rate limits, or null when it cannot be known without trusting the client:
 * TRUSTED_PROXY_HOPS says how many proxies of ours stand in front (0: the socket is the client).
 */
export function addressOf(list: Pick<Headers, 'get'>, trustedHops = env().TRUSTED_PROXY_HOPS): string | null {
  const socket = isSocketAddressHooked() ? list.get(SOCKET_ADDRESS_HEADER) : null;
  return clientAddressOf({ socket, forwardedFor: list.get('x-forwarded-for') }, trustedHops);
}

/** The address of the request being served (server actions). */
export async function clientAddress(): Promise<string | null> {
  if (isOutsideRequest()) return 'test';
  return addressOf(await headers());
}

function tooManyAttempts(msBeforeNext: number): SafeError {
  return new SafeError(tooManyAttemptsMessage(msBeforeNext), 'rate-limited');
}

export function tooManyAttemptsMessage(msBeforeNext: number): string {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return `Trop de tentatives. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`;
}

/** Counts one attempt; refuses once the policy's budget for `key` is spent. */
export async function consume(policy: RateLimitPolicy, key: string): Promise<void> {
  try {
    await limiter(policy).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooManyAttempts(error.msBeforeNext);
    throw error;
  }
}

/** Gives back the point of an attempt that turned out legitimate (a successful sign-in). */
export async function reward(policy: RateLimitPolicy, key: string): Promise<void> {
  await limiter(policy).reward(key, 1);
}

/**
 * A public form: one attempt counted against the sender's address (when known) and against the
 * identity it is about (the e-mail typed, the questionnaire link…). Both budgets must hold.
 */
export async function consumeForm(identity: string, address?: string | null): Promise<void> {
  const from = address === undefined ? await clientAddress() : address;
  if (from) await consume('formAddress', from);
  // Hashed: the table keeps no e-mail address nor link token in clear.
  await consume('formIdentity', createHash('sha256').update(identity.trim().toLowerCase()).digest('base64url'));
}
