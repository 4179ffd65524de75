import { countsAsContent } from '@/lib/domain/programme/content-flag';
import { sessionFormatName } from '@/lib/domain/programme/format-options';
import { parisDay, utcToParisParts } from '@/lib/domain/dates';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { percentOf } from '@/lib/domain/registrations/percent';
import type { BilanDayInput, BilanEventInput, BilanSessionInput, BilanSpeakerInput } from './input';
import type { BilanAnnexes, BilanCancelledSession, BilanFormatCount, BilanLeftOutSession, BilanQuantitative } from './types';

/*
 * Figures of the programme. Only content counts (lib/domain/programme/content-flag.ts): an opening
 * plenary, a closing, breaks and lunch appear in the annexed programme but are neither sessions held,
 * nor content minutes, nor in the formats table, nor half-days. The bilan lists what it left out.
 */

/**
 * The half-day rule, as data: the morning ends at 13:00 Paris, and a half-day counts when at least
 * 30 minutes of content take place in it (a workshop running ten minutes past 13:00 makes no afternoon).
 */
export const HALF_DAY_RULE = { boundaryHour: 13, minimumContentMinutes: 30 } as const;

export const HALF_DAY_RULE_TEXT =
  'Une demi-journée compte quand au moins 30 minutes de contenu s’y tiennent : le matin avant 13 h, l’après-midi après 13 h. Accueil, plénière d’ouverture, pauses, déjeuner et clôture ne comptent pas.';

const isContentFormat = (session: BilanSessionInput) => countsAsContent(session);
const isContent = (session: BilanSessionInput) => !session.cancelled && isContentFormat(session);

export function sessionDay(session: Pick<BilanSessionInput, 'dayDate' | 'startsAt'>): string {
  return session.dayDate ?? parisDay(session.startsAt);
}

/** Paris minutes since midnight, for the half-day rule; an instant on a later Paris day counts as 24:00+. */
export function parisMinutes(instant: Date, day: string): number {
  const clock = utcToParisParts(instant);
  const dayOffset = clock.date > day ? 24 * 60 : clock.date < day ? -24 * 60 : 0;
  return dayOffset + clock.hour * 60 + clock.minute;
}

type Span = { readonly startsAt: Date; readonly endsAt: Date };

/** Minutes of the spans inside [from, to) (Paris minutes of the day), overlaps merged (also the attestations' hours). */
export function minutesWithin(spans: readonly Span[], day: string, from = -24 * 60, to = 48 * 60): number {
  const clipped = spans
    .map((span) => [Math.max(from, parisMinutes(span.startsAt, day)), Math.min(to, parisMinutes(span.endsAt, day))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = from;
  for (const [start, end] of clipped) {
    if (end <= reached) continue;
    total += end - Math.max(start, reached);
    reached = end;
  }
  return total;
}

/** 0, 1 or 2 half-days in one day: each half counts with enough content in it (HALF_DAY_RULE). */
export function halfDaysOf(spans: readonly Span[], day: string): number {
  const boundary = HALF_DAY_RULE.boundaryHour * 60;
  const enough = (minutes: number) => minutes >= HALF_DAY_RULE.minimumContentMinutes;
  const morning = enough(minutesWithin(spans, day, -24 * 60, boundary));
  const afternoon = enough(minutesWithin(spans, day, boundary, 48 * 60));
  return (morning ? 1 : 0) + (afternoon ? 1 : 0);
}

/**
 * Half-days of the event: content sessions held decide. A day with sessions but no content held (only an
 * opening plenary, say, or everything cancelled) counts none; a day whose programme was never entered uses its opening hours.
 */
export function countHalfDays(days: readonly BilanDayInput[], sessions: readonly BilanSessionInput[], eventDays: readonly string[]): number {
  let halfDays = 0;
  for (const day of eventDays) {
    const programmed = sessions.filter((session) => sessionDay(session) === day);
    const opening = days.find((candidate) => candidate.date === day);
    const spans = programmed.length > 0 ? programmed.filter(isContent) : opening ? [opening] : [];
    halfDays += halfDaysOf(spans, day);
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

/** Content sessions by format, held and cancelled apart, in order of first appearance in the programme. */
export function countSessionsByFormat(sessions: readonly BilanSessionInput[]): BilanFormatCount[] {
  const counts = new Map<string, { formatId: string; formatLabel: string; held: number; cancelled: number }>();
  for (const session of sortSessions(sessions)) {
    if (!isContentFormat(session)) continue;
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

/** Sessions held that the content figures leave out, in programme order: the bilan names them. */
export function leftOutOfContent(sessions: readonly BilanSessionInput[]): BilanLeftOutSession[] {
  return sortSessions(sessions)
    .filter((session) => !session.cancelled && !isContentFormat(session))
    .map((session) => ({ title: session.title, day: sessionDay(session), formatLabel: formatLabelOf(session) }));
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
    declared: women + men + other,
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
