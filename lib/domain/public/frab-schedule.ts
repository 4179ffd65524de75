// The programme in the frab / c3voc "schedule" model, read by schedule apps (Giggity, ConfClerk,
// c3nav, Indico and pretalx importers). One model, two spellings: schedule.xml (lib/server/exports/
// frab-xml.ts) and schedule.json (c3voc's JSON variant, below). What stays private on the public page
// stays private here: no visio link, no speaker contact.
import { type CalendarDate, PARIS, parisDay, toParisIso, utcToParisParts } from '@/lib/domain/dates';
import { groupByDay } from './schedule';
import type { PublicEvent, PublicSession } from './types';

export type FrabPerson = { readonly id: number; readonly guid: string; readonly name: string };

export type FrabEvent = {
  /** frab wants a positive integer, stable while the session exists: read from its UUID. */
  readonly id: number;
  readonly guid: string;
  readonly date: string;
  readonly start: string;
  readonly duration: string;
  readonly room: string;
  readonly slug: string;
  readonly url: string | null;
  readonly title: string;
  readonly subtitle: string;
  readonly track: string;
  readonly type: string;
  readonly language: 'fr';
  readonly abstract: string;
  readonly description: string;
  readonly persons: readonly FrabPerson[];
};

export type FrabRoom = { readonly name: string; readonly guid: string; readonly events: readonly FrabEvent[] };
export type FrabDay = { readonly index: number; readonly date: CalendarDate; readonly start: string; readonly end: string; readonly rooms: readonly FrabRoom[] };

export type FrabSchedule = {
  readonly version: string;
  readonly conference: {
    readonly acronym: string;
    readonly title: string;
    readonly start: CalendarDate;
    readonly end: CalendarDate;
    readonly daysCount: number;
    readonly timeslotDuration: string;
    readonly timeZoneName: typeof PARIS;
    readonly url: string | null;
  };
  readonly rooms: readonly { readonly name: string; readonly guid: string }[];
  readonly days: readonly FrabDay[];
};

/** A room for the common times (plenary, breaks) that have no room of their own. */
export const COMMON_ROOM = 'Espace commun';
/** Schedule apps draw their grid in steps of this length. */
const TIMESLOT = '00:15';

/** frab's session types, from our formats: talks, workshops, discussions, everything else. */
const FRAB_TYPE: Readonly<Record<string, string>> = {
  pitch: 'lecture',
  demo: 'lecture',
  masterclass: 'lecture',
  retex: 'lecture',
  keynote: 'lecture',
  presentation: 'lecture',
  pleniere: 'lecture',
  cloture: 'lecture',
  atelier: 'workshop',
  'atelier-coconstruction': 'workshop',
  'design-fiction': 'workshop',
  explorcamp: 'workshop',
  'table-ronde': 'discussion',
  pause: 'other',
  dejeuner: 'other',
};

export function frabType(formatId: string | null): string {
  return (formatId && FRAB_TYPE[formatId]) || 'other';
}

/** "01:15" for 75 minutes; frab's durations are hours and minutes. */
export function frabDuration(startsAt: Date, endsAt: Date): string {
  const minutes = Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "09:30", the Paris wall clock. */
export function frabStart(instant: Date): string {
  const { hour, minute } = utcToParisParts(instant);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Positive integer ids read from UUIDs (28 bits of them), so that a session keeps its id across
 * versions of the programme; the rare clash is resolved by taking the next free number, in the
 * UUIDs' order, so the result does not depend on the sessions' order.
 */
export function integerIds(uuids: readonly string[]): Map<string, number> {
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  for (const uuid of [...new Set(uuids)].sort()) {
    let id = Number.parseInt(uuid.replace(/[^0-9a-f]/gi, '').slice(0, 7) || '0', 16) + 1;
    while (taken.has(id)) id += 1;
    taken.add(id);
    ids.set(uuid, id);
  }
  return ids;
}

/** c3voc's acronym: lower-case letters, digits and underscores. */
export function frabAcronym(slug: string): string {
  const acronym = slug.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return acronym.length >= 4 ? acronym : `${acronym}_trame`.replace(/^_/, '');
}

/**
 * The published programme as a frab schedule: days (in the event's order), rooms (in the venue's
 * order, the common space first), sessions. Cancelled sessions are left out, as pretalx does: a
 * schedule lists what will happen; the public page says what was cancelled and why.
 */
export function buildFrabSchedule(event: PublicEvent, pageUrl: string | null): FrabSchedule {
  const held = event.sessions.filter((s) => s.status !== 'CANCELLED');
  const sessionIds = integerIds(held.map((s) => s.id));
  const personIds = integerIds(held.flatMap((s) => s.people.map((p) => p.id)));
  const days = groupByDay({ days: event.days, sessions: held });
  const first = days[0]?.date ?? parisDay(event.startsAt);
  const last = days.at(-1)?.date ?? parisDay(event.endsAt);
  const rooms = roomsOf(event, held);

  const toEvent = (session: PublicSession): FrabEvent => {
    const id = sessionIds.get(session.id) ?? 1;
    return {
      id,
      guid: session.id,
      date: toParisIso(session.startsAt),
      start: frabStart(session.startsAt),
      duration: frabDuration(session.startsAt, session.endsAt),
      room: session.roomName ?? COMMON_ROOM,
      slug: `${event.slug}-${id}`,
      url: pageUrl ? `${pageUrl}#seance-${session.id}` : null,
      title: session.title,
      subtitle: '',
      track: session.formatName ?? 'Programme',
      type: frabType(session.formatId),
      language: 'fr',
      abstract: session.description ?? '',
      description: '',
      persons: session.people.map((p) => ({ id: personIds.get(p.id) ?? 1, guid: p.id, name: p.name })),
    };
  };

  return {
    version: String(event.programmeVersion),
    conference: {
      acronym: frabAcronym(event.slug),
      title: event.title,
      start: first,
      end: last,
      daysCount: days.length,
      timeslotDuration: TIMESLOT,
      timeZoneName: PARIS,
      url: pageUrl,
    },
    rooms,
    days: days.map((day, index) => {
      const starts = day.sessions.map((s) => s.startsAt.getTime());
      const ends = day.sessions.map((s) => s.endsAt.getTime());
      const opens = day.opensAt ?? (starts.length ? new Date(Math.min(...starts)) : event.startsAt);
      const closes = day.closesAt ?? (ends.length ? new Date(Math.max(...ends)) : event.endsAt);
      return {
        index: index + 1,
        date: day.date,
        start: toParisIso(opens),
        end: toParisIso(closes),
        rooms: rooms
          .map((room) => ({ ...room, events: day.sessions.filter((s) => (s.roomName ?? COMMON_ROOM) === room.name).map(toEvent) }))
          .filter((room) => room.events.length > 0),
      };
    }),
  };
}

/** Rooms in the venue's order; sessions without a room meet in the common space, listed first. */
function roomsOf(event: PublicEvent, sessions: readonly PublicSession[]): { name: string; guid: string }[] {
  const rooms = new Map<string, { name: string; guid: string; position: number }>();
  for (const s of sessions) {
    const name = s.roomName ?? COMMON_ROOM;
    // The common space is the venue itself: the event's UUID stands for it.
    if (!rooms.has(name)) rooms.set(name, { name, guid: s.roomId ?? event.id, position: s.roomName ? (s.roomPosition ?? 0) : -1 });
  }
  return [...rooms.values()]
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'fr'))
    .map(({ name, guid }) => ({ name, guid }));
}

/** c3voc's schedule.json (https://c3voc.de/schedule/schema.json) for the same schedule. */
export function frabScheduleJson(schedule: FrabSchedule, generatorUrl: string | null) {
  const { conference } = schedule;
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'Trame', ...(generatorUrl ? { url: generatorUrl } : {}) },
    schedule: {
      version: schedule.version,
      ...(conference.url ? { base_url: conference.url } : {}),
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        start: conference.start,
        end: conference.end,
        daysCount: conference.daysCount,
        timeslot_duration: conference.timeslotDuration,
        time_zone_name: conference.timeZoneName,
        ...(conference.url ? { url: conference.url } : {}),
        rooms: schedule.rooms.map((r) => ({ name: r.name, guid: r.guid })),
        days: schedule.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(
            day.rooms.map((room) => [
              room.name,
              room.events.map((e) => ({
                id: e.id,
                guid: e.guid,
                date: e.date,
                start: e.start,
                duration: e.duration,
                room: e.room,
                slug: e.slug,
                url: e.url ?? '',
                title: e.title,
                subtitle: e.subtitle,
                track: e.track,
                type: e.type,
                language: e.language,
                abstract: e.abstract,
                description: e.description,
                persons: e.persons.map((p) => ({ name: p.name, guid: p.guid })),
                links: [],
              })),
            ]),
          ),
        })),
      },
    },
  };
}
