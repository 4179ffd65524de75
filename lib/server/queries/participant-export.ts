import 'server-only';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { listEventDays } from '@/lib/server/participants/event-day';
import { toAttendanceStatus, toAudienceCategory, toRegistrationStatus } from '@/lib/server/participants/facts';
import type { ParticipantExport } from '@/lib/server/exports/participants-table';

/** Everything the participant export holds, for organisers of the event. */
export async function getParticipantExport(eventId: string): Promise<ParticipantExport> {
  await requireEventPermission(eventId, 'event.read');
  const [event, days, registrations] = await Promise.all([
    db().event.findUniqueOrThrow({ where: { id: eventId }, select: { title: true, slug: true } }),
    listEventDays(db(), eventId),
    db().registration.findMany({
      where: { eventId },
      orderBy: [{ status: 'asc' }, { rank: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      select: {
        name: true,
        email: true,
        organisation: true,
        category: true,
        status: true,
        rank: true,
        isSpeaker: true,
        isWalkIn: true,
        source: true,
        registeredAt: true,
        accessibilityNeeds: true,
        attendances: { select: { date: true, status: true } },
      },
    }),
  ]);
  return {
    title: event.title,
    slug: event.slug,
    days,
    people: registrations.map((registration) => ({
      ...registration,
      category: toAudienceCategory(registration.category),
      status: toRegistrationStatus(registration.status),
      attendance: Object.fromEntries(registration.attendances.map((record) => [record.date, toAttendanceStatus(record.status)])),
    })),
  };
}
