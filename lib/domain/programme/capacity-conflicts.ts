import { recommendedFormatIdsFor } from '../diagnostic/recommended-formats';
import type { MaturityLevel } from '../diagnostic/maturity-level';
import { getFormat, isRecommendedFor } from '../formats/formats';
import { isFormatId } from '../formats/format-ids';
import { severityOf, type ProgrammeConflict } from './conflict-rules';
import { formatAudienceLimit } from './format-audience';
import type { ProgrammeRoom, ProgrammeSession } from './types';

/*
 * Règles de jauge et de format. Une jauge ou un format absent (`null`, format libre) ne
 * déclenche rien : on ne signale que ce que l'on peut comparer.
 */

export function roomCapacityConflicts(
  sessions: readonly ProgrammeSession[],
  rooms: readonly ProgrammeRoom[],
): ProgrammeConflict[] {
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const conflicts: ProgrammeConflict[] = [];
  for (const session of sessions) {
    const room = session.roomId ? roomsById.get(session.roomId) : undefined;
    if (!room || room.capacity === null || session.capacity === null || session.capacity <= room.capacity) continue;
    conflicts.push({
      rule: 'room-capacity-exceeded',
      severity: severityOf('room-capacity-exceeded'),
      sessionIds: [session.id],
      roomId: room.id,
      message: `« ${session.title} » prévoit ${session.capacity} places, mais la salle « ${room.name} » n'en compte que ${room.capacity}.`,
    });
  }
  return conflicts;
}

export function formatAudienceConflicts(
  sessions: readonly ProgrammeSession[],
  level: MaturityLevel | null,
): ProgrammeConflict[] {
  const conflicts: ProgrammeConflict[] = [];
  for (const session of sessions) {
    const { capacity, formatId } = session;
    if (capacity === null || formatId === null || !isFormatId(formatId)) continue;
    const limit = formatAudienceLimit(formatId, level);
    if (!limit) continue;
    const format = `le format « ${getFormat(formatId).name} »`;
    const atLevel = level === null ? '' : ` au niveau ${level}`;
    if (limit.max !== undefined && capacity > limit.max) {
      conflicts.push({
        rule: 'audience-above-format-limit',
        severity: severityOf('audience-above-format-limit'),
        sessionIds: [session.id],
        message: `« ${session.title} » prévoit ${capacity} personnes : pour ${format}${atLevel}, la jauge conseillée est de ${limit.max} au plus.`,
      });
    }
    if (limit.min !== undefined && capacity < limit.min) {
      conflicts.push({
        rule: 'audience-below-format-minimum',
        severity: severityOf('audience-below-format-minimum'),
        sessionIds: [session.id],
        message: `« ${session.title} » prévoit ${capacity} personnes : ${format} s'adresse à ${limit.min} personnes au moins.`,
      });
    }
  }
  return conflicts;
}

/**
 * Un format de la grille que le webinaire ne recommande pas au niveau de l'événement :
 * signalé, pas interdit. Les formats hors grille (pause, plénière…) ne sont recommandés à
 * aucun niveau par construction ; les signaler n'apprendrait rien.
 */
export function formatRecommendationConflicts(
  sessions: readonly ProgrammeSession[],
  level: MaturityLevel | null,
): ProgrammeConflict[] {
  if (level === null) return [];
  const recommended = recommendedFormatIdsFor(level)
    .map((id) => getFormat(id).name)
    .join(', ');
  const conflicts: ProgrammeConflict[] = [];
  for (const session of sessions) {
    const { formatId } = session;
    if (formatId === null || !isFormatId(formatId)) continue;
    const format = getFormat(formatId);
    if (!format.inGrid || isRecommendedFor(formatId, level)) continue;
    conflicts.push({
      rule: 'format-not-recommended',
      severity: severityOf('format-not-recommended'),
      sessionIds: [session.id],
      message: `« ${session.title} » : le format « ${format.name} » n'est pas recommandé au niveau ${level} (formats conseillés : ${recommended}). C'est signalé, pas interdit.`,
    });
  }
  return conflicts;
}
