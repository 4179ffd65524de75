import { PARIS, toParisIso } from '@/lib/domain/dates';
import { groupByDay } from './schedule';
import type { PublicEvent, PublicSession } from './types';

export type ScheduleJsonSession = {
  id: string;
  title: string;
  start: string;
  end: string;
  room: string | null;
  format: string | null;
  speakers: string[];
  hosts: string[];
  access: PublicSession['access'];
  status: 'planned' | 'cancelled';
  cancelReason: string | null;
};

export type ScheduleJson = {
  event: {
    slug: string;
    title: string;
    url: string | null;
    start: string;
    end: string;
    timeZone: typeof PARIS;
    mode: PublicEvent['mode'];
    programmeVersion: number;
  };
  days: { date: string; sessions: ScheduleJsonSession[] }[];
};

/** The public programme as JSON: days → sessions with ISO times (Paris offset), room, format, people, status. */
export function buildScheduleJson(event: PublicEvent, pageUrl: string | null = null): ScheduleJson {
  return {
    event: {
      slug: event.slug,
      title: event.title,
      url: pageUrl,
      start: toParisIso(event.startsAt),
      end: toParisIso(event.endsAt),
      timeZone: PARIS,
      mode: event.mode,
      programmeVersion: event.programmeVersion,
    },
    days: groupByDay(event).map((day) => ({ date: day.date, sessions: day.sessions.map(sessionJson) })),
  };
}

function sessionJson(session: PublicSession): ScheduleJsonSession {
  const namesOf = (role: 'SPEAKER' | 'HOST') => session.people.filter((p) => p.role === role).map((p) => p.name);
  return {
    id: session.id,
    title: session.title,
    start: toParisIso(session.startsAt),
    end: toParisIso(session.endsAt),
    room: session.roomName,
    format: session.formatName,
    speakers: namesOf('SPEAKER'),
    hosts: namesOf('HOST'),
    access: session.access,
    status: session.status === 'CANCELLED' ? 'cancelled' : 'planned',
    cancelReason: session.status === 'CANCELLED' ? session.cancelReason : null,
  };
}
