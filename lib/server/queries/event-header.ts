import 'server-only';
import { cache } from 'react';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/** What every event page shows on top; cached per request so layout and page share one query. */
export const getEventHeader = cache(async (eventId: string) => {
  await requireEventPermission(eventId, 'event.read');
  const event = await db().event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      startsAt: true,
      endsAt: true,
      territory: { select: { name: true } },
      owner: { select: { name: true } },
    },
  });
  if (!event) throw notFound('Cet événement');
  // « Courriels » is for those who answer the participants (admins, coordinators), not every organiser.
  const canReadEmails = await requireEventPermission(eventId, 'event.emails').then(
    () => true,
    () => false,
  );
  return { ...event, canReadEmails };
});
