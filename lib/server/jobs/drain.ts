import 'server-only';
import type PgBoss from 'pg-boss';

export type DrainOptions = {
  /** Jobs worked at the same time in this instance (one pg-boss worker each). */
  workers: number;
  /** How long an idle worker waits before looking at the queue again. */
  pollingIntervalSeconds: number;
};

/**
 * Works a queue one job at a time per worker, and keeps going while there is work.
 *
 * pg-boss 10 waits its polling interval after every fetch, even when the fetch found a job: with one
 * job per fetch, a queue of 2 000 e-mails would take 2 000 intervals (over an hour at 2 s). So a
 * worker that has just finished a job asks pg-boss to skip the wait (notifyWorker), and waits only
 * once the queue is empty. Each job is still fetched, completed, retried or failed on its own by
 * pg-boss: one bad message never fails its neighbours.
 */
export async function drainQueue<T extends object>(
  boss: PgBoss,
  queue: string,
  options: DrainOptions,
  handle: (job: PgBoss.JobWithMetadata<T>) => Promise<void>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < options.workers; i += 1) {
    // Filled once boss.work() answers; the worker's first fetch may already be under way by then.
    const worker: { id?: string } = {};
    worker.id = await boss.work<T>(
      queue,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds },
      async ([job]) => {
        if (!job) return;
        try {
          await handle(job);
        } finally {
          if (worker.id) boss.notifyWorker(worker.id);
        }
      },
    );
    ids.push(worker.id);
  }
  return ids;
}
