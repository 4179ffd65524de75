import { getProgramme } from '@/lib/server/queries/programme';
import { pageError } from '@/lib/server/page-data';

/** The programme for a page: an event the person cannot reach is simply not found. */
export function loadProgramme(eventId: string) {
  return getProgramme(eventId).catch(pageError);
}
