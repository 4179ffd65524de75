import { sessionFormatName } from '@/lib/domain/programme/format-options';
import { parisDay, utcToParisParts } from '@/lib/domain/dates';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { percentOf } from '@/lib/domain/registrations/percent';
import type { BilanDayInput, BilanEventInput, BilanSessionInput, BilanSpeakerInput } from './input';
import type { BilanAnnexes, BilanCancelledSession, BilanFormatCount, BilanQuantitative } from './types';

/*
 * Figures of the programme. Breaks and lunches are programme slots, not content: they appear in the
 * annexed programme but are neither sessions held, nor content minutes, nor half-days.
 */
export const BREAK_FORMAT_IDS: readonly string[] = ['pause', 'dejeuner'];

/** A half-day ends at 13:00 Paris: something starting before it is a morning, ending after it an afternoon. */
export const HALF_DAY_BOUNDARY_HOUR = 13;

const isBreak = (session: BilanSessionInput) => session.formatId !== null && BREAK_FORMAT_IDS.includes(session.formatId);
const isContent = (session: BilanSessionInput) => !session.cancelled && !isBreak(session);

export function sessionDay(session: Pick<BilanSessionInput, 'dayDate' | 'startsAt'>): string {
  return session.dayDate ?? parisDay(session.startsAt);
}

/** Paris minutes since midnight, for the half-day rule; an instant on a later Paris day counts as 24:00+. */
function parisMinutes(instant: Date, day: string): number {
  const clock = utcToParisParts(instant);
  const dayOffset = clock.date > day ? 24 * 60 : clock.date < day ? -24 * 60 : 0;
  return dayOffset + clock.hour * 60 + clock.minute;
}

/**
 * Half-days per event day: 1 for a morning (something starts before 13:00), 1 for an afternoon
 * (something ends after 13:00). Content sessions held decide; a day without any uses its opening hours.
 */
export function countHalfDays(days: readonly BilanDayInput[], sessions: readonly BilanSessionInput[], eventDays: readonly string[]): number {
  const boundary = HALF_DAY_BOUNDARY_HOUR * 60;
  let halfDays = 0;
  for (const day of eventDays) {
    const held = sessions.filter((session) => isContent(session) && sessionDay(session) === day);
    const opening = days.find((candidate) => candidate.date === day);
    const spans = held.length > 0 ? held : opening ? [opening] : [];
    const morning = spans.some((span) => parisMinutes(span.startsAt, day) < boundary);
    const afternoon = spans.some((span) => parisMinutes(span.endsAt, day) > boundary);
    halfDays += (morning ? 1 : 0) + (afternoon ? 1 : 0);
  }
  return halfDays;
}

export function listEventDays(event: Pick<BilanEventInput, 'startsAt' | 'endsAt'>, days: readonly BilanDayInput[]): string[] {
  return eventCalendarDays({ dayDates: days.map((day) => day.date), startsAt: event.startsAt, endsAt: event.endsAt });
}

function formatKey(session: BilanSessionInput): { formatId: string; formatLabel: string } {
  const name = sessionFormatName(session.formatId, session.customFormat);
  if (session.formatId && name) return { formatId: session.formatId, formatLabel: name };
  if (name) return { formatId: `autre:${name.toLocaleLowerCase('fr')}`, formatLabel: name };
  return { formatId: 'non-precise', formatLabel: 'Format non précisé' };
}

export function formatLabelOf(session: BilanSessionInput): string {
  return formatKey(session).formatLabel;
}

/** Sessions by format, held and cancelled apart, in order of first appearance in the programme. */
export function countSessionsByFormat(sessions: readonly BilanSessionInput[]): BilanFormatCount[] {
  const counts = new Map<string, { formatId: string; formatLabel: string; held: number; cancelled: number }>();
  for (const session of sortSessions(sessions)) {
    if (isBreak(session)) continue;
    const key = formatKey(session);
    const row = counts.get(key.formatId) ?? { ...key, held: 0, cancelled: 0 };
    if (session.cancelled) row.cancelled += 1;
    else row.held += 1;
    counts.set(key.formatId, row);
  }
  return [...counts.values()];
}

export function contentMinutes(sessions: readonly BilanSessionInput[]): number {
  return sessions
    .filter(isContent)
    .reduce((sum, session) => sum + Math.max(0, Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000)), 0);
}

/** Speakers who spoke in at least one session held; parity only among those who declared. */
export function speakerFigures(sessions: readonly BilanSessionInput[], speakers: readonly BilanSpeakerInput[]): BilanQuantitative['speakers'] {
  const spoke = new Set(sessions.filter((session) => !session.cancelled).flatMap((session) => session.speakerIds));
  const present = speakers.filter((speaker) => spoke.has(speaker.id));
  const women = present.filter((speaker) => speaker.gender === 'FEMME').length;
  const men = present.filter((speaker) => speaker.gender === 'HOMME').length;
  const other = present.filter((speaker) => speaker.gender === 'AUTRE').length;
  return {
    total: present.length,
    local: present.filter((speaker) => speaker.scope === 'LOCAL').length,
    national: present.filter((speaker) => speaker.scope === 'NATIONAL').length,
    women,
    men,
    otherOrUndeclared: present.length - women - men,
    womenShare: percentOf(women, women + men + other),
  };
}

export function cancelledSessions(sessions: readonly BilanSessionInput[]): BilanCancelledSession[] {
  return sortSessions(sessions)
    .filter((session) => session.cancelled)
    .map((session) => ({ title: session.title, day: sessionDay(session), reason: session.cancelReason?.trim() || null }));
}

export function programmeAnnex(
  eventDays: readonly string[],
  sessions: readonly BilanSessionInput[],
  speakers: readonly BilanSpeakerInput[],
): BilanAnnexes['programme'] {
  const names = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
  const sorted = sortSessions(sessions);
  const allDays = [...new Set([...eventDays, ...sorted.map(sessionDay)])].sort();
  return allDays.map((day) => ({
    day,
    sessions: sorted
      .filter((session) => sessionDay(session) === day)
      .map((session) => ({
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        title: session.title,
        formatLabel: formatLabelOf(session),
        room: session.room,
        speakers: session.speakerIds.flatMap((id) => names.get(id) ?? []),
        cancelled: session.cancelled,
      })),
  }));
}

function sortSessions(sessions: readonly BilanSessionInput[]): BilanSessionInput[] {
  return [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title, 'fr'));
}
