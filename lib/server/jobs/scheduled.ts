import 'server-only';
import { getBoss } from '@/lib/server/mail/boss';

/**
 * A recurring job: pg-boss keeps one schedule per name in PostgreSQL and sends one job per tick for
 * the whole cluster, so when several app instances run, a tick is worked once. `run` must still be
 * idempotent (a job may be retried after a crash): it claims its rows under a lock.
 */
export type ScheduledJob = {
  readonly name: string;
  /** Cron expression, evaluated in Europe/Paris. */
  readonly cron: string;
  readonly run: (now: Date) => Promise<unknown>;
};

/** Creates the queues and schedules, and works them in this process. Idempotent. */
export async function startScheduledJobs(jobs: readonly ScheduledJob[]): Promise<void> {
  const boss = await getBoss();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 });
    await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Paris' });
    await boss.work(job.name, { batchSize: 1 }, async () => {
      await job.run(new Date());
    });
  }
}

/** Stops this process's workers on the given jobs (tests). */
export async function stopScheduledJobs(jobs: readonly ScheduledJob[]): Promise<void> {
  const boss = await getBoss();
  for (const job of jobs) await boss.offWork(job.name);
}
