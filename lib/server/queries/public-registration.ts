import 'server-only';
import { registrationNumber } from '@/lib/domain/registrations/check-in-taps';
import { checkinCodeFor } from '@/lib/server/checkin/checkin-token';
import { cache } from 'react';
import { isEventOver } from '@/lib/domain/events/past';
import { freeSeats } from '@/lib/domain/registrations/waiting-list';
import { db } from '@/lib/server/db';
import { listEventDays } from '@/lib/server/participants/event-day';
import { byLink } from '@/lib/server/registrations/by-link';

// Public reads, on purpose without authz: a published event's registration form is public, and the
// personal link's token is the credential of a registration. Nothing else is returned.

export type PublicSessionChoice = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  /** No seat left: a new registration joins the waiting list. */
  full: boolean;
};

async function sessionChoices(eventId: string): Promise<PublicSessionChoice[]> {
  const sessions = await db().session.findMany({
    where: { eventId, access: 'PRE_INSCRIPTION', status: 'PLANNED', draft: false },
    select: { id: true, title: true, startsAt: true, endsAt: true, capacity: true },
    orderBy: [{ startsAt: 'asc' }, { title: 'asc' }],
  });
  const counts = await db().sessionRegistration.groupBy({
    by: ['sessionId'],
    where: { sessionId: { in: sessions.map((session) => session.id) }, status: 'CONFIRMED' },
    _count: { _all: true },
  });
  const confirmed = new Map(counts.map((row) => [row.sessionId, row._count._all]));
  return sessions.map((session) => ({ ...session, full: freeSeats(session.capacity, confirmed.get(session.id) ?? 0) === 0 }));
}

const eventSelect = {
  id: true,
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  venueAddress: true,
  capacity: true,
  registrationOpen: true,
  retentionMonths: true,
  owner: { select: { name: true } },
} as const;

/** The registration form of a published event, or null (unknown, draft or finished event). */
export const getRegistrationForm = cache(async (slug: string) => {
  const event = await db().event.findFirst({ where: { slug, status: 'PUBLISHED' }, select: eventSelect });
  if (!event) return null;
  const confirmed = await db().registration.count({ where: { eventId: event.id, status: 'CONFIRMED' } });
  return {
    ...event,
    // An event whose end is past takes no registration, whatever its switch says.
    registrationOpen: event.registrationOpen && !isEventOver(event, new Date()),
    over: isEventOver(event, new Date()),
    organiser: event.owner.name,
    venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
    full: freeSeats(event.capacity, confirmed) === 0,
    sessions: await sessionChoices(event.id),
    /** Paris days of the event: more than one → the form asks which days the person comes. */
    days: await listEventDays(db(), event.id),
  };
});
export type RegistrationForm = NonNullable<Awaited<ReturnType<typeof getRegistrationForm>>>;

/** A registration seen through its personal link, or null when the token is unknown (or replaced). */
export async function getRegistrationByToken(token: string) {
  if (token.length < 20 || token.length > 200) return null;
  const registration = await db().registration.findFirst({
    // An erased (anonymised) registration no longer answers to its link.
    where: { ...byLink(token), anonymisedAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      organisation: true,
      category: true,
      accessibilityNeeds: true,
      status: true,
      rank: true,
      days: true,
      event: { select: { ...eventSelect, status: true } },
      sessions: {
        where: { status: { not: 'CANCELLED' } },
        select: { sessionId: true, status: true, rank: true, session: { select: { title: true, startsAt: true, endsAt: true } } },
        orderBy: { session: { startsAt: 'asc' } },
      },
    },
  });
  if (!registration) return null;
  const { event, id, ...rest } = registration;
  // Once the event is over, the registration is kept as it was: no change, no new registration.
  const over = isEventOver(event, new Date());
  return {
    ...rest,
    // The QR shown at the door: only a confirmed seat gets one.
    checkInCode: registration.status === 'CONFIRMED' ? checkinCodeFor(id) : null,
    number: registrationNumber(id),
    event: {
      ...event,
      registrationOpen: event.registrationOpen && !over,
      organiser: event.owner.name,
      venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
    },
    changeable: event.status === 'PUBLISHED' && registration.status !== 'CANCELLED' && !over,
    choices: event.status === 'PUBLISHED' ? await sessionChoices(event.id) : [],
    eventDays: await listEventDays(db(), event.id),
  };
}
export type PersonalRegistration = NonNullable<Awaited<ReturnType<typeof getRegistrationByToken>>>;
