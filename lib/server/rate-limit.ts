import 'server-only';
import { headers } from 'next/headers';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { isOutsideRequest } from '@/lib/server/current-user';

// Counters live in PostgreSQL (table RateLimit) so that every app instance shares them.
const POLICIES = {
  // Failed sign-ins only: per address (an office behind one NAT) and per account (a targeted guess).
  signInAddress: { points: 30, duration: 15 * 60 },
  signInAccount: { points: 10, duration: 15 * 60 },
  signUp: { points: 20, duration: 60 * 60 },
  publicForm: { points: 20, duration: 10 * 60 },
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
 * The client's address. Each proxy appends the address it received the request from to
 * X-Forwarded-For, so the last entry is the one our own proxy (or Next's server) wrote; the earlier
 * ones come from the client and could be forged to dodge the limits.
 */
export async function clientAddress(): Promise<string> {
  if (isOutsideRequest()) return 'test';
  const list = await headers();
  const forwarded = list.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) || list.get('x-real-ip') || 'local';
}

function tooManyAttempts(msBeforeNext: number): SafeError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new SafeError(`Trop de tentatives. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`, 'rate-limited');
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

/** Refuses when `key` already spent its budget, without counting this attempt (see `penalise`). */
export async function assertNotBlocked(policy: RateLimitPolicy, key: string): Promise<void> {
  const state = await limiter(policy).get(key);
  if (state && state.consumedPoints >= POLICIES[policy].points) throw tooManyAttempts(state.msBeforeNext);
}

/** Counts a failed attempt (never throws: the caller reports the failure itself). */
export async function penalise(policy: RateLimitPolicy, key: string): Promise<void> {
  await limiter(policy).penalty(key, 1);
}
