import { z } from 'zod';
import { calendarHeaders } from '@/lib/server/exports/ics';
import { personalCalendarByLink } from '@/lib/server/messages/personal-ics';
import { notFound } from '@/lib/server/errors';
import { publicRoute } from '@/lib/server/route';

/**
 * The person's own calendar (the event and their sessions, with the visio link when there is one),
 * behind their personal link. A download, not a subscription: the link is replaced by each new e-mail,
 * and the reminders carry the same entries (same UIDs), updated.
 */
export const GET = publicRoute(
  async ({ params }) => {
    const calendar = await personalCalendarByLink(params.token);
    if (!calendar) throw notFound();
    const headers = new Headers(calendarHeaders(`${calendar.slug}-mon-programme.ics`));
    // The address holds the person's credential: kept out of shared caches and other sites' logs.
    headers.set('Cache-Control', 'private, no-store');
    headers.set('Referrer-Policy', 'no-referrer');
    return new Response(calendar.ics, { headers });
  },
  { params: z.object({ token: z.string().min(20).max(200) }) },
);
