import 'server-only';
import type { ScheduledJob } from '@/lib/server/jobs/scheduled';
import { anonymiseExpiredParticipants } from '@/lib/server/participants/anonymise';

/**
 * Every night, participants of events whose retention has run out are anonymised (lib/domain/
 * registrations/personal-data.ts). At 03:17, Paris time: away from the day's traffic and from the
 * hourly jobs at minute 7. Safe to run twice: each event is worked under its row lock.
 */
export const retentionJob: ScheduledJob = {
  name: 'participants-retention',
  cron: '17 3 * * *',
  run: (now) => anonymiseExpiredParticipants(now),
};
