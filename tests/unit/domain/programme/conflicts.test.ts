import { describe, expect, it } from 'vitest';

import {
  canPublish,
  CONFLICT_RULES,
  conflictsBySession,
  countBySeverity,
  findProgrammeConflicts,
  overlaps,
  type ProgrammeConflict,
  type ProgrammeSession,
} from '@/lib/domain/programme';

import { buildProgramme, buildSession, DAY_1, DAY_2, paris } from './programme-fixtures';

function conflict(rule: keyof typeof CONFLICT_RULES, sessionIds: string[]): ProgrammeConflict {
  return { rule, severity: CONFLICT_RULES[rule].severity, sessionIds, message: '' };
}

describe('gravité des règles', () => {
  it.each([
    ['invalid-time-range', 'block'],
    ['outside-event-days', 'block'],
    ['room-double-booked', 'block'],
    ['speaker-double-booked', 'block'],
    ['room-capacity-exceeded', 'block'],
    ['audience-above-format-limit', 'warn'],
    ['audience-below-format-minimum', 'warn'],
    ['format-not-recommended', 'warn'],
    ['overlaps-all-rooms-break', 'warn'],
  ] as const)('%s → %s', (rule, severity) => {
    expect(CONFLICT_RULES[rule].severity).toBe(severity);
    expect(CONFLICT_RULES[rule].label).not.toBe('');
  });
});

describe('canPublish', () => {
  it.each([
    ['aucun conflit', true, []],
    ['des avertissements seulement', true, [conflict('format-not-recommended', ['s1']), conflict('overlaps-all-rooms-break', ['s1', 's2'])]],
    ['un conflit bloquant', false, [conflict('room-double-booked', ['s1', 's2'])]],
    ['un bloquant parmi des avertissements', false, [conflict('format-not-recommended', ['s1']), conflict('room-capacity-exceeded', ['s2'])]],
  ])('%s → publiable : %s', (_, expected, conflicts) => {
    expect(canPublish(conflicts)).toBe(expected);
  });
});

describe('conflictsBySession et countBySeverity', () => {
  it('range chaque conflit sous chacune de ses sessions et compte par gravité', () => {
    const roomConflict = conflict('room-double-booked', ['s1', 's2']);
    const formatWarning = conflict('format-not-recommended', ['s1']);
    const bySession = conflictsBySession([roomConflict, formatWarning]);
    expect(bySession.s1).toEqual([roomConflict, formatWarning]);
    expect(bySession.s2).toEqual([roomConflict]);
    expect(bySession.s3).toBeUndefined();
    expect(countBySeverity([roomConflict, formatWarning])).toEqual({ block: 1, warn: 1 });
    expect(countBySeverity([])).toEqual({ block: 0, warn: 0 });
  });
});

describe('findProgrammeConflicts', () => {
  it('laisse publier un programme de deux jours, trois salles et huit sessions sans conflit', () => {
    const sessions = [
      buildSession({ id: 'ouverture', roomId: 'amphi', allRooms: true, from: '09:00', to: '09:30', formatId: 'pleniere', speakerIds: ['elue'] }),
      buildSession({ id: 'demo', roomId: 'salle-a', from: '09:30', to: '10:00', formatId: 'demo', capacity: 20, speakerIds: ['awa'] }),
      buildSession({ id: 'atelier', roomId: 'salle-b', from: '09:30', to: '11:00', formatId: 'atelier', capacity: 20, speakerIds: ['paul'] }),
      buildSession({ id: 'retex', roomId: 'salle-a', from: '10:00', to: '10:30', formatId: 'retex', speakerIds: ['awa'] }),
      buildSession({ id: 'annule', roomId: 'salle-a', from: '10:00', to: '11:00', status: 'cancelled', speakerIds: ['paul'] }),
      buildSession({ id: 'masterclass', date: DAY_2, roomId: 'amphi', from: '10:00', to: '11:00', formatId: 'masterclass', capacity: 80 }),
      buildSession({ id: 'pause', date: DAY_2, roomId: null, allRooms: true, from: '11:00', to: '11:20', formatId: 'pause' }),
      buildSession({ id: 'cloture', date: DAY_2, roomId: 'amphi', from: '11:20', to: '11:40', formatId: 'cloture', speakerIds: ['elue'] }),
    ];
    const conflicts = findProgrammeConflicts(buildProgramme(sessions));
    expect(conflicts).toEqual([]);
    expect(canPublish(conflicts)).toBe(true);
  });

  it('met les conflits bloquants d’abord, puis dans l’ordre chronologique', () => {
    const sessions = [
      buildSession({ id: 'keynote', from: '15:00', to: '15:20', roomId: 'salle-b', formatId: 'keynote' }),
      buildSession({ id: 'late-a', from: '14:00', to: '15:00' }),
      buildSession({ id: 'late-b', from: '14:30', to: '15:30' }),
      buildSession({ id: 'early-a', from: '09:00', to: '10:00' }),
      buildSession({ id: 'early-b', from: '09:30', to: '10:30', capacity: 40 }),
    ];
    const conflicts = findProgrammeConflicts(buildProgramme(sessions));
    expect(conflicts.map((c) => [c.rule, c.sessionIds])).toEqual([
      ['room-double-booked', ['early-a', 'early-b']],
      ['room-double-booked', ['late-a', 'late-b']],
      ['room-capacity-exceeded', ['early-b']],
      ['format-not-recommended', ['keynote']],
    ]);
    expect(canPublish(conflicts)).toBe(false);
  });

  it('trouve les mêmes chevauchements qu’une comparaison deux à deux, sur un programme de 240 sessions', () => {
    const sessions = generateProgramme(240);
    const found = findProgrammeConflicts(buildProgramme(sessions))
      .filter((c) => c.rule === 'room-double-booked' || c.rule === 'speaker-double-booked')
      .map((c) => `${c.rule}:${c.roomId ?? c.speakerId}:${[...c.sessionIds].sort().join('+')}`)
      .sort();
    expect(found.length).toBeGreaterThan(10);
    expect(found).toEqual(bruteForceDoubleBookings(sessions));
  });
});

/** Un programme pseudo-aléatoire mais reproductible : créneaux de 15 min sur deux jours, deux intervenant·es par session. */
function generateProgramme(count: number): ProgrammeSession[] {
  // mulberry32 : un générateur pseudo-aléatoire court et reproductible.
  let seed = 42;
  const next = (max: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * max);
  };
  return Array.from({ length: count }, (_, index) => {
    const date = next(2) === 0 ? DAY_1 : DAY_2;
    const start = 9 * 60 + next(32) * 15;
    const end = start + 15 * (1 + next(6));
    const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    // Douze salles et une session sur treize sans salle.
    const room = next(13);
    return {
      ...buildSession({ id: `s${String(index).padStart(3, '0')}`, roomId: room < 12 ? `salle-${room}` : null }),
      startsAt: paris(date, time(start)),
      endsAt: paris(date, time(end)),
      speakerIds: [`p${next(40)}`, `p${next(40)}`],
      status: next(10) === 0 ? 'cancelled' : 'planned',
    };
  });
}

function bruteForceDoubleBookings(sessions: readonly ProgrammeSession[]): string[] {
  const planned = sessions.filter((session) => session.status === 'planned');
  const keys: string[] = [];
  planned.forEach((a, i) => {
    for (const b of planned.slice(i + 1)) {
      if (!overlaps(a, b)) continue;
      const pair = [a.id, b.id].sort().join('+');
      if (a.roomId !== null && a.roomId === b.roomId) keys.push(`room-double-booked:${a.roomId}:${pair}`);
      for (const speakerId of new Set(a.speakerIds.filter((id) => b.speakerIds.includes(id)))) {
        keys.push(`speaker-double-booked:${speakerId}:${pair}`);
      }
    }
  });
  return keys.sort();
}
