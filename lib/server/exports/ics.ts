import 'server-only';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { inParis } from '@/lib/domain/dates';
import { PARIS_TZID, VISIO_NOTICE, vtimezoneFor, type PublicEvent, type PublicSession } from '@/lib/domain/public';
import { EVENT_MODE_PUBLIC_LABELS } from '@/lib/domain/events/mode';

/*
 * iCalendar (RFC 5545) of a public event. UIDs are stable (`event-<id>@trame`, `session-<id>@trame`)
 * and SEQUENCE is the event's programmeVersion for every component: it grows on each programme
 * change, and a session keeps the same SEQUENCE in the event feed and in its own feed.
 *
 * ical-generator writes a native Date with a TZID using the server's local clock; it reads a
 * @date-fns/tz TZDate in its own zone instead, so times are handed to it as `inParis(instant)`.
 * The VTIMEZONE comes from lib/domain/public/vtimezone. The calendar itself has no time zone name,
 * so DTSTAMP and LAST-MODIFIED stay in UTC as the RFC requires.
 */

function newCalendar(name: string): ICalCalendar {
  return ical({
    prodId: { company: 'Trame', product: 'Programme public', language: 'FR' },
    name,
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: vtimezoneFor },
  });
}

type Whereabouts = { readonly mode: PublicEvent['mode']; readonly venueName: string | null; readonly venueAddress: string | null };

const whereabouts = (event: PublicEvent): Whereabouts => ({ mode: event.mode, venueName: event.venue.name, venueAddress: event.venue.address });

function venueLine(event: Whereabouts, roomName: string | null = null): string {
  const place = [roomName, event.venueName, event.venueAddress].filter(Boolean).join(', ');
  if (event.mode === 'DISTANCIEL') return `${EVENT_MODE_PUBLIC_LABELS.DISTANCIEL} — ${VISIO_NOTICE}`;
  if (event.mode === 'HYBRIDE') return `${place || 'Lieu communiqué prochainement'} — ou à distance`;
  return place;
}

function addSession(calendar: ICalCalendar, event: PublicEvent, session: PublicSession, pageUrl: string) {
  const cancelled = session.status === 'CANCELLED';
  const namesOf = (role: 'SPEAKER' | 'HOST') => session.people.filter((p) => p.role === role).map((p) => p.name);
  const speakers = namesOf('SPEAKER');
  const hosts = namesOf('HOST');
  const description = [
    cancelled ? `Séance annulée${session.cancelReason ? ` : ${session.cancelReason}` : '.'}` : null,
    session.formatName ? `Format : ${session.formatName}` : null,
    speakers.length > 0 ? `Avec : ${speakers.join(', ')}` : null,
    hosts.length > 0 ? `Animation : ${hosts.join(', ')}` : null,
    session.description,
    `${event.title} — ${pageUrl}`,
  ].filter(Boolean);
  calendar.createEvent({
    id: `session-${session.id}@trame`,
    sequence: event.programmeVersion,
    start: inParis(session.startsAt),
    end: inParis(session.endsAt),
    timezone: PARIS_TZID,
    summary: cancelled ? `Annulé — ${session.title}` : session.title,
    description: description.join('\n\n'),
    location: venueLine(whereabouts(event), session.roomName) || null,
    url: `${pageUrl}#seance-${session.id}`,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    lastModified: session.updatedAt,
  });
}

/** The whole event, then each of its sessions (cancelled ones with STATUS:CANCELLED). */
export function eventCalendar(event: PublicEvent, pageUrl: string): string {
  const calendar = newCalendar(event.title);
  addWholeEvent(calendar, { ...event, ...whereabouts(event) }, pageUrl);
  for (const session of event.sessions) addSession(calendar, event, session, pageUrl);
  return calendar.toString();
}

type WholeEvent = Whereabouts &
  Pick<PublicEvent, 'id' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'programmeVersion' | 'updatedAt'>;

/** The event as one component, with the same UID in its own feed and in its organisers' feeds. */
function addWholeEvent(calendar: ICalCalendar, event: WholeEvent, pageUrl: string) {
  calendar.createEvent({
    id: `event-${event.id}@trame`,
    sequence: event.programmeVersion,
    start: inParis(event.startsAt),
    end: inParis(event.endsAt),
    timezone: PARIS_TZID,
    summary: event.title,
    description: [event.description, `Programme : ${pageUrl}`].filter(Boolean).join('\n\n'),
    location: venueLine(event) || null,
    url: pageUrl,
    status: ICalEventStatus.CONFIRMED,
    lastModified: event.updatedAt,
  });
}

/** An organisation's published events, one component each, for a calendar to subscribe to. */
export function organisationCalendar(name: string, events: readonly (WholeEvent & { slug: string })[], pageUrl: (slug: string) => string): string {
  const calendar = newCalendar(`Événements — ${name}`);
  for (const event of events) addWholeEvent(calendar, event, pageUrl(event.slug));
  return calendar.toString();
}

/** One session, to add a single slot to one's calendar. */
export function sessionCalendar(event: PublicEvent, session: PublicSession, pageUrl: string): string {
  const calendar = newCalendar(`${session.title} — ${event.title}`);
  addSession(calendar, event, session, pageUrl);
  return calendar.toString();
}

/** Headers of a calendar download: a file name, and revalidation so a programme change shows up at once. */
export function calendarHeaders(filename: string): HeadersInit {
  return {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-cache',
  };
}
