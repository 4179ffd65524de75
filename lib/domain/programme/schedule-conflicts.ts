import { formatDate, formatTimeRange, parisWallClockToUtc } from '@/lib/domain/dates';
import { severityOf, type ProgrammeConflict } from './conflict-rules';
import { isWithin, overlappingPairs } from './intervals';
import { describeSession } from './session-label';
import type { ProgrammeDay, ProgrammeRoom, ProgrammeSession, ProgrammeSpeaker } from './types';

/*
 * Règles de temps : horaires cohérents, sessions dans les journées de l'événement, une salle
 * ou une personne à un seul endroit à la fois, pas de session pendant un temps commun.
 * Les sessions reçues ici sont déjà filtrées : les sessions annulées ne sont jamais en conflit.
 */

export function invalidTimeRangeConflicts(sessions: readonly ProgrammeSession[]): ProgrammeConflict[] {
  return sessions
    .filter((session) => session.endsAt <= session.startsAt)
    .map((session) => ({
      rule: 'invalid-time-range',
      severity: severityOf('invalid-time-range'),
      sessionIds: [session.id],
      message: `« ${session.title} » doit finir après avoir commencé (${formatTimeRange(session)}).`,
    }));
}

/** Une session tient dans sa journée (si elle en a une) ou dans l'une des journées de l'événement. */
export function outsideEventDaysConflicts(
  sessions: readonly ProgrammeSession[],
  days: readonly ProgrammeDay[],
): ProgrammeConflict[] {
  const daysById = new Map(days.map((day) => [day.id, day]));
  const conflicts: ProgrammeConflict[] = [];
  for (const session of sessions) {
    if (session.endsAt <= session.startsAt) continue; // déjà signalée : horaires incohérents
    const day = session.dayId ? daysById.get(session.dayId) : undefined;
    // Les journées d'un événement se comptent sur les doigts d'une main : un parcours suffit.
    const fits = day ? isWithin(session, day) : !session.dayId && days.some((candidate) => isWithin(session, candidate));
    if (fits) continue;
    conflicts.push({
      rule: 'outside-event-days',
      severity: severityOf('outside-event-days'),
      sessionIds: [session.id],
      message: day
        ? `${describeSession(session)} sort des horaires de la journée du ${formatDate(parisWallClockToUtc(day.date, '12:00'))} (${formatTimeRange(day)}).`
        : `${describeSession(session)} n'est dans aucune des journées de l'événement.`,
    });
  }
  return conflicts;
}

export function roomDoubleBookedConflicts(
  sessions: readonly ProgrammeSession[],
  rooms: readonly ProgrammeRoom[],
): ProgrammeConflict[] {
  const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
  const conflicts: ProgrammeConflict[] = [];
  for (const [roomId, roomSessions] of groupBy(sessions, (session) => (session.roomId ? [session.roomId] : []))) {
    const roomName = roomNames.get(roomId);
    const where = roomName ? `La salle « ${roomName} »` : 'La même salle';
    for (const [earlier, later] of overlappingPairs(roomSessions)) {
      conflicts.push({
        rule: 'room-double-booked',
        severity: severityOf('room-double-booked'),
        sessionIds: [earlier.id, later.id],
        roomId,
        message: `${where} accueille en même temps ${describeSession(earlier)} et ${describeSession(later)}.`,
      });
    }
  }
  return conflicts;
}

export function speakerDoubleBookedConflicts(
  sessions: readonly ProgrammeSession[],
  speakers: readonly ProgrammeSpeaker[],
): ProgrammeConflict[] {
  const speakerNames = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
  const conflicts: ProgrammeConflict[] = [];
  for (const [speakerId, speakerSessions] of groupBy(sessions, (session) => new Set(session.speakerIds))) {
    const name = speakerNames.get(speakerId);
    for (const [earlier, later] of overlappingPairs(speakerSessions)) {
      const both = `${describeSession(earlier)} et ${describeSession(later)}`;
      conflicts.push({
        rule: 'speaker-double-booked',
        severity: severityOf('speaker-double-booked'),
        sessionIds: [earlier.id, later.id],
        speakerId,
        message: name
          ? `${name} intervient en même temps dans ${both}.`
          : `Un·e même intervenant·e est prévu·e en même temps dans ${both}.`,
      });
    }
  }
  return conflicts;
}

/**
 * Une session qui chevauche un temps commun à toutes les salles (pause, déjeuner, plénière).
 * Deux sessions de la même salle relèvent déjà de « salle occupée deux fois » : pas de doublon.
 */
export function allRoomsBreakConflicts(sessions: readonly ProgrammeSession[]): ProgrammeConflict[] {
  const pairs = overlappingPairs(
    sessions,
    (a, b) => Boolean(a.allRooms || b.allRooms) && !(a.roomId !== null && a.roomId === b.roomId),
  );
  return pairs.map(([earlier, later]) => {
    const [session, common] = earlier.allRooms ? [later, earlier] : [earlier, later];
    return {
      rule: 'overlaps-all-rooms-break',
      severity: severityOf('overlaps-all-rooms-break'),
      sessionIds: [earlier.id, later.id],
      message: `${describeSession(session)} empiète sur le temps commun ${describeSession(common)}.`,
    };
  });
}

/** Regroupe les sessions par clé (salle, intervenant·e…) ; une session peut avoir plusieurs clés. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
