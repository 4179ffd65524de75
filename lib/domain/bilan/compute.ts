import type { BilanInput } from './input';
import { EMPTY_EVALUATION } from './input';
import { expenseAnnex, financialSection } from './financial';
import { audienceShares, participantFigures, perDayFigures } from './participant-figures';
import {
  cancelledSessions,
  contentMinutes,
  countHalfDays,
  countSessionsByFormat,
  leftOutOfContent,
  listEventDays,
  programmeAnnex,
  speakerFigures,
} from './programme-figures';
import { combineOutsideResults } from './outside-results';
import { BILAN_SNAPSHOT_VERSION, type BilanSnapshot } from './types';

/**
 * The bilan of an event, computed from Trame's own data and the texts written on the bilan page.
 * Pure and deterministic for a given `now`: validating freezes exactly what this returns.
 */
export function computeBilan(input: BilanInput): BilanSnapshot {
  const { event, sessions, texts } = input;
  const eventDays = listEventDays(event, input.days);
  const byFormat = countSessionsByFormat(sessions);
  const participants = participantFigures(event, input.registrations, input.attendance);
  const halfDaysComputed = countHalfDays(input.days, sessions, eventDays);
  const override = texts?.halfDaysOverride ?? null;
  const outside = combineOutsideResults(input.questionnaire, input.outsideResults ?? []);
  const organisationNames = new Map(input.organisers.map((organiser) => [organiser.id, organiser.name]));
  return {
    snapshotVersion: BILAN_SNAPSHOT_VERSION,
    computedAt: input.now.toISOString(),
    eventId: event.id,
    introduction: {
      title: event.title,
      organisers: input.organisers,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      days: eventDays,
      mode: event.mode,
      venueName: event.venueName,
      venueAddress: event.venueAddress,
      territoryName: event.territoryName,
      themes: event.themes,
      level: event.level,
      objective: event.objective,
      text: texts?.introduction ?? null,
      cancelledSessions: cancelledSessions(sessions),
    },
    quantitative: {
      halfDays: override ?? halfDaysComputed,
      halfDaysComputed,
      halfDaysOverrideReason: override === null ? null : (texts?.halfDaysReason?.trim() ?? null),
      leftOutOfContent: leftOutOfContent(sessions),
      sessionsHeld: byFormat.reduce((sum, row) => sum + row.held, 0),
      sessionsCancelled: byFormat.reduce((sum, row) => sum + row.cancelled, 0),
      sessionsByFormat: byFormat,
      contentMinutes: contentMinutes(sessions),
      speakers: speakerFigures(sessions, input.speakers),
      staff: {
        eventPeople: texts?.staffEventPeople ?? null,
        eventHours: texts?.staffEventHours ?? null,
        prepPeople: texts?.staffPrepPeople ?? null,
        prepDays: texts?.staffPrepDays ?? null,
      },
      participants,
      perDay: perDayFigures(eventDays, input.registrations, input.attendance),
      audiences: audienceShares(input.audiences, input.registrations, input.attendance),
    },
    qualitative: {
      questionnaire: input.questionnaire,
      analysis: texts?.analysis ?? null,
      keep: texts?.keep ?? [],
      improve: texts?.improve ?? [],
      consider: texts?.consider ?? [],
      evaluation: texts?.evaluation ?? EMPTY_EVALUATION,
      // Only when there is any: a bilan without outside results keeps the shape it had before v3.
      ...(outside ? { outside } : {}),
    },
    financial: financialSection(input.budgetLines, participants.total, organisationNames),
    annexes: {
      programme: programmeAnnex(eventDays, sessions, input.speakers),
      expenses: expenseAnnex(input.budgetLines),
    },
  };
}
