import 'server-only';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { inParis } from '@/lib/domain/dates';
import { PARIS_TZID, vtimezoneFor } from '@/lib/domain/public';
import { db } from '@/lib/server/db';
import { byLink } from '@/lib/server/registrations/by-link';

export type PersonalCalendarInput = {
  event: { id: string; title: string; startsAt: Date; endsAt: Date; place: string; visioUrl: string | null; programmeVersion: number };
  sessions: ReadonlyArray<{ id: string; title: string; startsAt: Date; endsAt: Date; room: string | null }>;
  registrationId: string;
};

/**
 * One person's calendar (RFC 5545): the event and only their sessions, each with the visio link when
 * there is one and an alarm an hour before. UIDs are the public feed's, made personal, so that a
 * later reminder updates the same entries.
 */
export function personalCalendar({ event, sessions, registrationId }: PersonalCalendarInput): string {
  const calendar = ical({
    prodId: { company: 'Trame', product: 'Rappel', language: 'FR' },
    name: event.title,
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: vtimezoneFor },
  });
  const visio = event.visioUrl ? `Visio : ${event.visioUrl}` : null;
  const entries = [
    { id: `event-${event.id}-${registrationId}@trame`, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, room: null },
    ...sessions.map((session) => ({ ...session, id: `session-${session.id}-${registrationId}@trame` })),
  ];
  for (const entry of entries) {
    const item = calendar.createEvent({
      id: entry.id,
      sequence: event.programmeVersion,
      start: inParis(entry.startsAt),
      end: inParis(entry.endsAt),
      timezone: PARIS_TZID,
      summary: entry.title,
      description: [entry.id.startsWith('session-') ? event.title : null, visio].filter(Boolean).join('\n\n') || null,
      location: [entry.room, event.place].filter(Boolean).join(', ') || event.visioUrl || null,
      url: event.visioUrl,
      status: ICalEventStatus.CONFIRMED,
    });
    item.createAlarm({ type: ICalAlarmType.display, trigger: 3600, description: entry.title });
  }
  return calendar.toString();
}

type CalendarFacts = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  mode: 'PRESENTIEL' | 'DISTANCIEL' | 'HYBRIDE';
  visioUrl: string | null;
  venueName: string | null;
  venueAddress: string | null;
  programmeVersion: number;
};

/** The event as a person's calendar shows it: no place for an online event, no visio link for an on-site one. */
export function calendarEvent(event: CalendarFacts): PersonalCalendarInput['event'] {
  const place = event.mode === 'DISTANCIEL' ? '' : [event.venueName, event.venueAddress].filter(Boolean).join(', ');
  return { ...event, place, visioUrl: event.mode === 'PRESENTIEL' ? null : event.visioUrl };
}

/**
 * The calendar of the registration behind a personal link, or null (unknown or replaced link, erased,
 * cancelled or waiting person). Only confirmed seats of sessions still planned are in it.
 */
export async function personalCalendarByLink(token: string): Promise<{ slug: string; ics: string } | null> {
  if (token.length < 20 || token.length > 200) return null;
  const registration = await db().registration.findFirst({
    where: { ...byLink(token), anonymisedAt: null, status: 'CONFIRMED' },
    select: {
      id: true,
      event: {
        select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, mode: true, visioUrl: true, venueName: true, venueAddress: true, programmeVersion: true },
      },
      sessions: {
        where: { status: 'CONFIRMED', session: { status: { not: 'CANCELLED' } } },
        select: { session: { select: { id: true, title: true, startsAt: true, endsAt: true, room: { select: { name: true } } } } },
        orderBy: { session: { startsAt: 'asc' } },
      },
    },
  });
  if (!registration) return null;
  const ics = personalCalendar({
    event: calendarEvent(registration.event),
    sessions: registration.sessions.map(({ session }) => ({ ...session, room: session.room?.name ?? null })),
    registrationId: registration.id,
  });
  return { slug: registration.event.slug, ics };
}
