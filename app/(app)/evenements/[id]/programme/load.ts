import { notFound } from 'next/navigation';
import { SafeError } from '@/lib/server/errors';
import { getProgramme } from '@/lib/server/queries/programme';

/** The programme for a page: an event the person cannot reach is simply not found. */
export function loadProgramme(eventId: string) {
  return getProgramme(eventId).catch((error: unknown) => {
    if (error instanceof SafeError) notFound();
    throw error;
  });
}
