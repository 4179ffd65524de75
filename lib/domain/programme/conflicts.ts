import { CONFLICT_RULE_ORDER, type ConflictSeverity, type ProgrammeConflict } from './conflict-rules';
import {
  formatAudienceConflicts,
  formatRecommendationConflicts,
  roomCapacityConflicts,
} from './capacity-conflicts';
import { byStart } from './intervals';
import {
  allRoomsBreakConflicts,
  invalidTimeRangeConflicts,
  outsideEventDaysConflicts,
  roomDoubleBookedConflicts,
  speakerDoubleBookedConflicts,
} from './schedule-conflicts';
import type { ProgrammeInput } from './types';

/**
 * Tous les conflits d'un programme, les bloquants d'abord (ordre de `CONFLICT_RULES`), puis
 * dans l'ordre chronologique. Les sessions annulées restent affichées (« annulé ») mais ne
 * sont jamais en conflit : elles n'occupent ni salle ni intervenant·e.
 */
export function findProgrammeConflicts(input: ProgrammeInput): ProgrammeConflict[] {
  const sessions = input.sessions.filter((session) => session.status !== 'cancelled');
  const { days, level } = input.event;
  const conflicts = [
    ...invalidTimeRangeConflicts(sessions),
    ...outsideEventDaysConflicts(sessions, days),
    ...roomDoubleBookedConflicts(sessions, input.rooms),
    ...speakerDoubleBookedConflicts(sessions, input.speakers ?? []),
    ...roomCapacityConflicts(sessions, input.rooms),
    ...formatAudienceConflicts(sessions, level),
    ...formatRecommendationConflicts(sessions, level),
    ...allRoomsBreakConflicts(sessions),
  ];
  const rank = new Map([...sessions].sort(byStart).map((session, index) => [session.id, index]));
  const firstRank = (conflict: ProgrammeConflict) => rank.get(conflict.sessionIds[0] ?? '') ?? 0;
  return conflicts.sort(
    (a, b) => CONFLICT_RULE_ORDER.indexOf(a.rule) - CONFLICT_RULE_ORDER.indexOf(b.rule) || firstRank(a) - firstRank(b),
  );
}

/** Les conflits de chaque session, pour les afficher à côté d'elle. */
export function conflictsBySession(
  conflicts: readonly ProgrammeConflict[],
): Record<string, readonly ProgrammeConflict[]> {
  const bySession = new Map<string, ProgrammeConflict[]>();
  for (const conflict of conflicts) {
    for (const sessionId of conflict.sessionIds) {
      const list = bySession.get(sessionId);
      if (list) list.push(conflict);
      else bySession.set(sessionId, [conflict]);
    }
  }
  return Object.fromEntries(bySession);
}

export function countBySeverity(conflicts: readonly ProgrammeConflict[]): Record<ConflictSeverity, number> {
  const counts: Record<ConflictSeverity, number> = { block: 0, warn: 0 };
  for (const conflict of conflicts) counts[conflict.severity] += 1;
  return counts;
}

/** On publie quand aucun conflit bloquant ne demeure ; les avertissements n'empêchent rien. */
export function canPublish(conflicts: readonly ProgrammeConflict[]): boolean {
  return !conflicts.some((conflict) => conflict.severity === 'block');
}
