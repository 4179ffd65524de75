import 'server-only';
import { db } from '@/lib/server/db';
import type { ScheduledJob } from '@/lib/server/jobs/scheduled';

/** Counters whose window is over: rate-limiter-flexible starts a new row for the next attempt anyway. */
export async function purgeExpiredRateLimits(now: Date): Promise<number> {
  const { count } = await db().rateLimit.deleteMany({ where: { expire: { lt: now } } });
  return count;
}

/** Every hour at minute 7 (see catalogue.ts): the RateLimit table holds only live windows. */
export const rateLimitPurgeJob: ScheduledJob = {
  name: 'rate-limit-purge',
  cron: '7 * * * *',
  run: (now) => purgeExpiredRateLimits(now),
};
