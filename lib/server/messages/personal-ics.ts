import 'server-only';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { inParis } from '@/lib/domain/dates';
import { PARIS_TZID, vtimezoneFor } from '@/lib/domain/public';

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
