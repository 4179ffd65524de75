import { attendanceByDay, presentParticipants } from '@/lib/domain/registrations/attendance';
import { AUDIENCE_CATEGORIES, AUDIENCE_CATEGORY_LABELS, type AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import { targetCoverage } from '@/lib/domain/registrations/audience-figures';
import type { AttendanceFact } from '@/lib/domain/registrations/facts';
import { percentOf } from '@/lib/domain/registrations/percent';
import type { BilanEventInput, BilanInput, BilanRegistrationInput } from './input';
import type { BilanAudienceShare, BilanDayFigures, BilanQuantitative } from './types';

/*
 * Participants, speakers always excluded (the registration rules of lib/domain/registrations):
 * - total: distinct people present at least one day, walk-ins included;
 * - registered: confirmed registrations made in advance (the waiting list and cancellations are not);
 * - objective reached: total against the minimum objective.
 */
export function participantFigures(
  event: Pick<BilanEventInput, 'participantMin' | 'participantMax'>,
  registrations: readonly BilanRegistrationInput[],
  attendance: readonly AttendanceFact[],
): BilanQuantitative['participants'] {
  const present = presentParticipants(registrations, attendance);
  const total = present.length;
  const objectiveMin = event.participantMin;
  return {
    total,
    registered: registrations.filter((r) => r.status === 'confirmed' && !r.isSpeaker && !r.isWalkIn).length,
    walkIns: present.filter((r) => r.isWalkIn).length,
    objectiveMin,
    objectiveMax: event.participantMax,
    objectiveReached: objectiveMin === null || objectiveMin <= 0 ? null : percentOf(total, objectiveMin),
  };
}

export function perDayFigures(
  days: readonly string[],
  registrations: readonly BilanRegistrationInput[],
  attendance: readonly AttendanceFact[],
): BilanDayFigures[] {
  return attendanceByDay(days, registrations, attendance).map((day) => ({
    day: day.day,
    expected: day.expected,
    present: day.present,
    walkIns: day.walkIns,
    excused: day.excused,
    noShow: day.noShow,
    noShowRate: day.noShowPercent,
  }));
}

function isAudienceCategory(value: string): value is AudienceCategory {
  return AUDIENCE_CATEGORIES.some((category) => category === value);
}

/** The event's target audiences (form order): present / size in the territory. */
export function audienceShares(
  audiences: BilanInput['audiences'],
  registrations: readonly BilanRegistrationInput[],
  attendance: readonly AttendanceFact[],
): BilanAudienceShare[] {
  const totals = new Map(audiences.map((audience) => [audience.category, audience.territoryTotal]));
  return AUDIENCE_CATEGORIES.filter((category) => totals.has(category) && isAudienceCategory(category)).map((category) => {
    const coverage = targetCoverage({ category, registrations, attendance, territoryTotal: totals.get(category) ?? null });
    return {
      category,
      label: AUDIENCE_CATEGORY_LABELS[category],
      present: coverage.presentCount,
      territoryTotal: coverage.territoryTotal,
      share: coverage.percent,
    };
  });
}
