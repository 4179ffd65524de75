import 'server-only';
import { formatDateRange } from '@/lib/domain/dates';
import type { PlaceholderValues } from '@/lib/domain/messages/placeholders';
import type { Audience } from '@/lib/domain/messages/segments';
import type { Tx } from '@/lib/server/db';

/** Everyone a group message of the event could reach, as the segment rule reads them. */
export async function loadAudience(tx: Tx, eventId: string): Promise<Audience> {
  const [registrations, speakers, members] = await Promise.all([
    tx.registration.findMany({
      where: { eventId },
      select: {
        id: true,
        name: true,
        email: true,
        status: true,
        anonymisedAt: true,
        unsubscribedAt: true,
        days: true,
        sessions: { select: { sessionId: true, status: true } },
        attendances: { where: { status: 'PRESENT' }, select: { date: true } },
      },
      orderBy: { registeredAt: 'asc' },
    }),
    tx.speaker.findMany({ where: { eventId }, select: { id: true, name: true, email: true } }),
    tx.membership.findMany({
      where: { organisation: { coOrganised: { some: { eventId, status: 'ACCEPTED' } } } },
      select: { user: { select: { id: true, name: true, email: true, emailVerifiedAt: true } } },
    }),
  ]);
  return {
    registrations: registrations.map(({ anonymisedAt, unsubscribedAt, attendances, ...registration }) => ({
      ...registration,
      anonymised: anonymisedAt !== null,
      unsubscribed: unsubscribedAt !== null,
      presentDays: attendances.map((attendance) => attendance.date),
    })),
    speakers,
    coOrganiserMembers: members
      .filter((member) => member.user.emailVerifiedAt !== null)
      .map(({ user }) => ({ userId: user.id, name: user.name, email: user.email })),
  };
}

/** The event's side of the placeholders; `nom` is filled per recipient. */
export async function eventPlaceholderValues(tx: Tx, eventId: string): Promise<Omit<PlaceholderValues, 'nom'>> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { title: true, startsAt: true, endsAt: true, mode: true, venueName: true, venueAddress: true, owner: { select: { name: true } } },
  });
  const venue = [event.venueName, event.venueAddress].filter(Boolean).join(', ');
  return {
    evenement: event.title,
    dates: formatDateRange(event.startsAt, event.endsAt),
    lieu: event.mode === 'DISTANCIEL' ? 'en ligne' : venue || 'lieu à confirmer',
    organisateur: event.owner.name,
  };
}
