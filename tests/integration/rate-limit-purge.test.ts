import { describe, expect, it } from 'vitest';
import { SCHEDULED_JOBS } from '@/lib/server/jobs/catalogue';
import { rateLimitPurgeJob } from '@/lib/server/rate-limit-purge';
import { testDb } from '@/tests/support/db';

const NOW = new Date('2026-12-04T10:07:00Z');

describe('rate-limit purge job', () => {
  it('is scheduled every hour', () => {
    expect(SCHEDULED_JOBS).toContain(rateLimitPurgeJob);
    expect(rateLimitPurgeJob.cron).toBe('7 * * * *');
  });

  it('deletes the counters whose window is over and keeps the live ones', async () => {
    await testDb().rateLimit.createMany({
      data: [
        { key: 'formAddress:expired', points: 3, expire: new Date('2026-12-04T09:00:00Z') },
        { key: 'signInAccount:expired', points: 10, expire: new Date('2026-12-04T10:06:59Z') },
        { key: 'formAddress:live', points: 1, expire: new Date('2026-12-04T10:30:00Z') },
      ],
    });
    await rateLimitPurgeJob.run(NOW);
    const left = await testDb().rateLimit.findMany({ select: { key: true } });
    expect(left.map((row) => row.key)).toEqual(['formAddress:live']);
  });
});
