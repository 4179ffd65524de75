import 'server-only';
import type { ScheduledJob } from '@/lib/server/jobs/scheduled';
import { retentionJob } from '@/lib/server/participants/retention-job';
import { questionnaireJob } from '@/lib/server/questionnaires/dispatch';
import { rateLimitPurgeJob } from '@/lib/server/rate-limit-purge';
import { reminderJob } from '@/lib/server/messages/reminders';
import { speakerReminderJob } from '@/lib/server/speakers/reminders';

/**
 * Every recurring job of the app. Each area adds its own entry (one line) here.
 * Hourly jobs run at minute 7 so they do not all start on the hour with other cron users.
 */
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  retentionJob,
  questionnaireJob,
  rateLimitPurgeJob,
  reminderJob,
  speakerReminderJob,
];
