import { toParisIso } from '@/lib/domain/dates';
import { buildScheduleJson } from '@/lib/domain/public/schedule-json';
import type { PublicEvent } from '@/lib/domain/public/types';
import type { ApiEvent, ApiEventSummary } from './v1';

type SummaryRow = Pick<PublicEvent, 'slug' | 'title' | 'startsAt' | 'endsAt' | 'mode' | 'status'>;

export function apiEventSummaryOf(event: SummaryRow, pageUrl: string): ApiEventSummary {
  return { slug: event.slug, title: event.title, start: toParisIso(event.startsAt), end: toParisIso(event.endsAt), mode: event.mode, status: event.status, url: pageUrl };
}

/** The public event as the API gives it: the public page's facts, its programme and speakers. */
export function apiEventOf(event: PublicEvent, pageUrl: string): ApiEvent {
  const descriptions = new Map(event.sessions.map((s) => [s.id, s.description]));
  return {
    ...apiEventSummaryOf(event, pageUrl),
    description: event.description,
    organisers: [...event.organisers],
    venue: { name: event.venue.name, address: event.venue.address, accessible: event.venue.accessible },
    themes: [...event.themes],
    capacity: event.capacity,
    seatsLeft: event.seatsLeft,
    registrationOpen: event.status === 'PUBLISHED' && event.registrationOpen,
    programmeVersion: event.programmeVersion,
    sessions: buildScheduleJson(event, pageUrl).days.flatMap((day) =>
      day.sessions.map((s) => ({
        id: s.id,
        title: s.title,
        description: descriptions.get(s.id) ?? null,
        start: s.start,
        end: s.end,
        room: s.room,
        format: s.format,
        speakers: s.speakers,
        hosts: s.hosts,
        status: s.status,
      })),
    ),
    speakers: event.speakers.map((s) => ({ id: s.id, name: s.name, role: s.role, organisation: s.organisation })),
  };
}
