import 'server-only';
import { env } from '@/lib/env';
import { SCHEDULED_JOBS } from '@/lib/server/jobs/catalogue';
import { startScheduledJobs } from '@/lib/server/jobs/scheduled';

/** Called once when the server starts. A failure is logged: the site must still start. */
export async function startScheduledJobsOnBoot(): Promise<void> {
  if (env().TRAME_DISABLE_WORKER === '1') return;
  try {
    await startScheduledJobs(SCHEDULED_JOBS);
  } catch (error) {
    console.error('[trame] Tâches planifiées : le service n’a pas démarré.', error);
  }
}
