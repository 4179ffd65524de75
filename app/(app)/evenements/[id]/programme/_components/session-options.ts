import { contentChoiceOf } from '@/lib/domain/programme/content-flag';
import type { DefaultValues } from 'react-hook-form';
import { OTHER_FORMAT } from '@/lib/domain/programme/labels';
import { formatDayTitle, formatTime, formatTimeRange } from '@/lib/domain/dates';
import type { SessionFormInput } from '@/lib/schemas/programme';
import type { ProgrammeSessionView, ProgrammeView } from '@/lib/server/queries/programme';
import type { SessionFormOptions } from './SessionForm';

/** What the session form offers: the event's days, rooms and people, and its level. */
export function sessionFormOptions(programme: ProgrammeView): SessionFormOptions {
  return {
    level: programme.event.level,
    days: programme.days.map((day) => ({ id: day.id, date: day.date, label: `${formatDayTitle(day.date)} (${formatTimeRange(day)})` })),
    rooms: programme.rooms.map(({ id, name, capacity }) => ({ id, name, capacity })),
    speakers: programme.speakers.map(({ id, name, organisation }) => ({ id, name, organisation })),
  };
}

/** A new session starts on the chosen day (else the first one) at its opening time. */
export function newSessionValues(programme: ProgrammeView, dayId?: string): DefaultValues<SessionFormInput> {
  const day = programme.days.find((candidate) => candidate.id === dayId) ?? programme.days[0];
  return {
    eventId: programme.event.id,
    title: '',
    customFormat: '',
    description: '',
    dayId: day?.id ?? '',
    startTime: day ? formatTime(day.startsAt) : '',
    endTime: '',
    roomId: '',
    capacity: null,
    access: 'ACCES_LIBRE',
    allRooms: false,
    contentChoice: 'format',
    speakerIds: [],
    hostIds: [],
  };
}

export function sessionValues(programme: ProgrammeView, session: ProgrammeSessionView): DefaultValues<SessionFormInput> {
  const ids = (role: 'SPEAKER' | 'HOST') => session.people.filter((person) => person.role === role).map((person) => person.id);
  return {
    eventId: programme.event.id,
    title: session.title,
    formatChoice: (session.formatId ?? (session.customFormat ? OTHER_FORMAT : undefined)) as SessionFormInput['formatChoice'] | undefined,
    customFormat: session.customFormat ?? '',
    description: session.description ?? '',
    dayId: session.dayId ?? '',
    startTime: formatTime(session.startsAt),
    endTime: formatTime(session.endsAt),
    roomId: session.roomId ?? '',
    capacity: session.capacity,
    access: session.access,
    allRooms: session.allRooms,
    contentChoice: contentChoiceOf(session.countsAsContent),
    speakerIds: ids('SPEAKER'),
    hostIds: ids('HOST'),
  };
}
