import { toParisIso } from '@/lib/domain/dates';
import { sortSessions } from './schedule';
import type { EventMode, PublicEvent, PublicSession } from './types';

// schema.org's vocabulary for an event and its sessions (https://schema.org/Event).
const SCHEMA = 'https://schema.org';

const ATTENDANCE_MODE: Record<EventMode, string> = {
  PRESENTIEL: `${SCHEMA}/OfflineEventAttendanceMode`,
  DISTANCIEL: `${SCHEMA}/OnlineEventAttendanceMode`,
  HYBRIDE: `${SCHEMA}/MixedEventAttendanceMode`,
};

type Thing = { '@type': string; [key: string]: unknown };
export type EventJsonLd = Thing & { '@context': typeof SCHEMA; '@type': 'Event'; name: string; startDate: string; subEvent: Thing[] };

/**
 * The event as a schema.org `Event`, its sessions as `subEvent`. The visio link stays private:
 * a remote event's VirtualLocation points to the public page, where registrants learn how to join.
 */
export function buildEventJsonLd(event: PublicEvent, pageUrl: string | null): EventJsonLd {
  const place = venuePlace(event, pageUrl);
  // Sessions point at the venue by its @id instead of repeating its address sixty times.
  const placeRef: Thing = place['@id'] ? { '@type': 'Place', '@id': place['@id'], name: place.name } : place;
  const virtual: Thing = { '@type': 'VirtualLocation', ...(pageUrl ? { url: pageUrl } : {}) };
  const location = event.mode === 'PRESENTIEL' ? place : event.mode === 'DISTANCIEL' ? virtual : [place, virtual];
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: event.title,
    ...(event.description ? { description: event.description } : {}),
    ...(pageUrl ? { url: pageUrl } : {}),
    startDate: toParisIso(event.startsAt),
    endDate: toParisIso(event.endsAt),
    eventStatus: `${SCHEMA}/EventScheduled`,
    eventAttendanceMode: ATTENDANCE_MODE[event.mode],
    location,
    organizer: event.organisers.map((name) => ({ '@type': 'Organization', name })),
    ...(event.capacity !== null ? { maximumAttendeeCapacity: event.capacity } : {}),
    ...(event.seatsLeft !== null ? { remainingAttendeeCapacity: event.seatsLeft } : {}),
    ...(event.themes.length > 0 ? { about: event.themes.map((name) => ({ '@type': 'Thing', name })) } : {}),
    subEvent: sortSessions(event.sessions).map((session) => sessionEvent(event, session, pageUrl, placeRef, virtual)),
  };
}

function venuePlace(event: PublicEvent, pageUrl: string | null): Thing {
  const { name, address } = event.venue;
  return {
    '@type': 'Place',
    ...(pageUrl ? { '@id': `${pageUrl}#lieu` } : {}),
    name: name ?? address ?? 'Lieu communiqué prochainement',
    ...(address ? { address: { '@type': 'PostalAddress', streetAddress: address, addressCountry: 'FR' } } : {}),
  };
}

function sessionEvent(event: PublicEvent, session: PublicSession, pageUrl: string | null, place: Thing, virtual: Thing): Thing {
  const room: Thing = session.roomName ? { ...place, name: session.roomName, containedInPlace: place } : place;
  const location = event.mode === 'PRESENTIEL' ? room : event.mode === 'DISTANCIEL' ? virtual : [room, virtual];
  return {
    '@type': 'Event',
    ...(pageUrl ? { '@id': `${pageUrl}#seance-${session.id}`, url: `${pageUrl}#seance-${session.id}` } : {}),
    name: session.title,
    ...(session.description ? { description: session.description } : {}),
    startDate: toParisIso(session.startsAt),
    endDate: toParisIso(session.endsAt),
    eventStatus: `${SCHEMA}/${session.status === 'CANCELLED' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: ATTENDANCE_MODE[event.mode],
    location,
    ...(session.people.length > 0 ? { performer: session.people.map((p) => ({ '@type': 'Person', name: p.name })) } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes so that a
 * title containing `</script>` cannot close the tag; U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
