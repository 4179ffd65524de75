import { z } from 'zod';
import { badgeHolders, LABEL_SHEETS } from '@/lib/domain/attestations/label-grid';
import { slugify } from '@/lib/domain/text/slug';
import { checkinCodeFor } from '@/lib/server/checkin/checkin-token';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { renderBadgesPdf } from '@/lib/server/exports/badges-pdf';
import { listEventDays } from '@/lib/server/participants/event-day';
import { toRegistrationStatus } from '@/lib/server/participants/facts';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

// The form's « tous les jours » sends `jour=` (empty): every day.
const query = z.object({ jour: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).optional() });

/**
 * Name badges (name, organisation, check-in QR code) of the confirmed registrations, sorted by name,
 * on Avery L7163 sheets; `?jour=YYYY-MM-DD` keeps those coming that day. Organisers only, others 404.
 */
export const GET = eventRoute('event.read', async ({ request, event }) => {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const day = parsed.success ? parsed.data.jour || null : undefined;
  if (day === undefined || (day !== null && !(await listEventDays(db(), event.id)).includes(day))) {
    throw new SafeError('Ce jour ne fait pas partie de l’événement.', 'invalid');
  }
  const [info, rows] = await Promise.all([
    db().event.findUniqueOrThrow({ where: { id: event.id }, select: { title: true, slug: true } }),
    db().registration.findMany({
      where: { eventId: event.id, status: 'CONFIRMED', anonymisedAt: null },
      select: { id: true, name: true, organisation: true, status: true, anonymisedAt: true, days: true },
    }),
  ]);
  const holders = badgeHolders(
    rows.map((row) => ({ ...row, status: toRegistrationStatus(row.status), anonymised: row.anonymisedAt !== null })),
    day,
  );
  const pdf = await renderBadgesPdf({
    sheet: LABEL_SHEETS.L7163,
    eventTitle: info.title,
    badges: holders.map((holder) => ({ name: holder.name, organisation: holder.organisation, checkinCode: checkinCodeFor(holder.id) })),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="badges-${slugify(info.slug)}${day ? `-${day}` : ''}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
