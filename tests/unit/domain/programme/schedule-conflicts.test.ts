import { describe, expect, it } from 'vitest';

import { findProgrammeConflicts, type ConflictRule, type ProgrammeInput } from '@/lib/domain/programme';

import { buildDay, buildProgramme, buildSession, DAY_1, DAY_2, paris } from './programme-fixtures';

function conflictsOf(input: ProgrammeInput, rule: ConflictRule) {
  return findProgrammeConflicts(input).filter((conflict) => conflict.rule === rule);
}

type Slot = readonly [date: string, from: string, to: string];

// Deux sessions et la question : se chevauchent-elles ? Intervalles semi-ouverts [début, fin[.
type OverlapCase = { readonly name: string; readonly first: Slot; readonly second: Slot; readonly expected: boolean };
const OVERLAP_CASES: readonly OverlapCase[] = [
  { name: 'qui se chevauchent', first: [DAY_1, '10:00', '11:00'], second: [DAY_1, '10:30', '11:30'], expected: true },
  { name: 'qui se touchent (11:00 puis 11:00)', first: [DAY_1, '10:00', '11:00'], second: [DAY_1, '11:00', '12:00'], expected: false },
  { name: 'dont l’une contient l’autre', first: [DAY_1, '10:00', '12:00'], second: [DAY_1, '10:30', '11:00'], expected: true },
  { name: 'aux mêmes horaires', first: [DAY_1, '10:00', '11:00'], second: [DAY_1, '10:00', '11:00'], expected: true },
  { name: 'qui se suivent avec un écart', first: [DAY_1, '10:00', '11:00'], second: [DAY_1, '11:15', '12:00'], expected: false },
  { name: 'aux mêmes heures sur deux jours différents', first: [DAY_1, '10:00', '11:00'], second: [DAY_2, '10:00', '11:00'], expected: false },
  { name: 'd’une minute de recouvrement', first: [DAY_1, '10:00', '11:01'], second: [DAY_1, '11:00', '12:00'], expected: true },
];

function slot(id: string, [date, from, to]: Slot) {
  return { id, date, from, to };
}

describe('salle occupée deux fois (bloquant)', () => {
  it.each(OVERLAP_CASES)('deux sessions de la même salle $name → conflit : $expected', ({ first, second, expected }) => {
    const input = buildProgramme([buildSession(slot('s1', first)), buildSession(slot('s2', second))]);
    const conflicts = conflictsOf(input, 'room-double-booked');
    expect(conflicts).toHaveLength(expected ? 1 : 0);
    if (expected) {
      expect(conflicts[0]).toMatchObject({ severity: 'block', sessionIds: ['s1', 's2'], roomId: 'salle-a' });
      expect(conflicts[0]?.message).toContain('Salle A');
    }
  });

  it.each([
    ['dans deux salles différentes', { roomId: 'salle-a' }, { roomId: 'salle-b' }],
    ['sans salle', { roomId: null }, { roomId: null }],
    ['dont l’une est annulée', { roomId: 'salle-a' }, { roomId: 'salle-a', status: 'cancelled' as const }],
  ])('deux sessions simultanées %s → pas de conflit de salle', (_, first, second) => {
    const input = buildProgramme([buildSession({ id: 's1', ...first }), buildSession({ id: 's2', ...second })]);
    expect(conflictsOf(input, 'room-double-booked')).toEqual([]);
  });

  it('signale chaque paire quand trois sessions se chevauchent, dans l’ordre chronologique', () => {
    const input = buildProgramme([
      buildSession({ id: 'c', from: '10:30', to: '11:30' }),
      buildSession({ id: 'a', from: '09:30', to: '12:00' }),
      buildSession({ id: 'b', from: '10:00', to: '11:00' }),
    ]);
    expect(conflictsOf(input, 'room-double-booked').map((conflict) => conflict.sessionIds)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });
});

describe('intervenant·e à deux endroits (bloquant)', () => {
  it.each(OVERLAP_CASES)('la même personne dans deux salles, sessions $name → conflit : $expected', ({ first, second, expected }) => {
    const input = buildProgramme([
      buildSession({ ...slot('s1', first), roomId: 'salle-a', speakerIds: ['awa'] }),
      buildSession({ ...slot('s2', second), roomId: 'salle-b', speakerIds: ['awa', 'paul'] }),
    ]);
    const conflicts = conflictsOf(input, 'speaker-double-booked');
    expect(conflicts).toHaveLength(expected ? 1 : 0);
    if (expected) expect(conflicts[0]).toMatchObject({ severity: 'block', sessionIds: ['s1', 's2'], speakerId: 'awa' });
  });

  it.each([
    ['des intervenant·es différent·es', ['awa'], ['paul'], 'planned'],
    ['la même personne, mais une session annulée', ['awa'], ['awa'], 'cancelled'],
  ] as const)('deux sessions simultanées avec %s → pas de conflit', (_, first, second, status) => {
    const input = buildProgramme([
      buildSession({ id: 's1', roomId: 'salle-a', speakerIds: first }),
      buildSession({ id: 's2', roomId: 'salle-b', speakerIds: second, status }),
    ]);
    expect(conflictsOf(input, 'speaker-double-booked')).toEqual([]);
  });

  it('nomme la personne quand on connaît son nom, une fois par personne en conflit', () => {
    const input = buildProgramme(
      [
        buildSession({ id: 's1', roomId: 'salle-a', speakerIds: ['awa', 'paul', 'awa'] }),
        buildSession({ id: 's2', roomId: null, speakerIds: ['paul', 'awa'] }),
      ],
      { speakers: [{ id: 'awa', name: 'Awa Diallo' }] },
    );
    const conflicts = conflictsOf(input, 'speaker-double-booked');
    expect(conflicts.map((conflict) => conflict.speakerId).sort()).toEqual(['awa', 'paul']);
    expect(conflicts.find((conflict) => conflict.speakerId === 'awa')?.message).toMatch(/^Awa Diallo intervient/);
    expect(conflicts.find((conflict) => conflict.speakerId === 'paul')?.message).toMatch(/^Un·e même intervenant·e/);
  });
});

describe("en dehors des journées de l'événement (bloquant)", () => {
  it.each([
    ['dans la journée', false, { from: '10:00', to: '11:00' }],
    ['exactement aux horaires de la journée', false, { from: '09:00', to: '18:00' }],
    ['commence avant l’ouverture', true, { from: '08:30', to: '09:30' }],
    ['finit après la fermeture', true, { from: '17:30', to: '18:30' }],
    ['le deuxième jour, sans journée choisie', false, { date: DAY_2, from: '10:00', to: '11:00' }],
    ['un jour sans journée', true, { date: '2027-02-13', from: '10:00', to: '11:00' }],
    ['rattachée au jour 1 mais placée le jour 2', true, { date: DAY_2, dayId: 'day-1' }],
    ['rattachée au jour 2 et placée le jour 2', false, { date: DAY_2, dayId: 'day-2' }],
    ['rattachée à une journée inconnue', true, { dayId: 'day-9' }],
  ] as const)('une session %s → conflit : %s', (_, expected, overrides) => {
    const input = buildProgramme([buildSession({ id: 's1', ...overrides })]);
    expect(conflictsOf(input, 'outside-event-days').map((conflict) => conflict.sessionIds)).toEqual(expected ? [['s1']] : []);
  });

  it('signale une session à cheval sur deux journées, même si chaque bout est dans une journée', () => {
    const overnight = { ...buildSession({ id: 's1' }), startsAt: paris(DAY_1, '17:00'), endsAt: paris(DAY_2, '10:00') };
    expect(conflictsOf(buildProgramme([overnight]), 'outside-event-days')).toHaveLength(1);
  });

  it('mentionne la journée et ses horaires quand la session en déborde', () => {
    const input = buildProgramme([buildSession({ id: 's1', dayId: 'day-1', from: '17:30', to: '18:30' })]);
    expect(conflictsOf(input, 'outside-event-days')[0]).toMatchObject({
      severity: 'block',
      sessionIds: ['s1'],
      message: '« Session s1 » (11 février, 17:30–18:30) sort des horaires de la journée du 11 février 2027 (09:00–18:00).',
    });
  });

  it('signale toutes les sessions quand l’événement n’a encore aucune journée', () => {
    const input = buildProgramme([buildSession({ id: 's1' }), buildSession({ id: 's2', roomId: 'salle-b' })], {
      event: { days: [], level: 2 },
    });
    expect(conflictsOf(input, 'outside-event-days').map((conflict) => conflict.sessionIds)).toEqual([['s1'], ['s2']]);
  });

  it('accepte une session de soirée quand la journée finit tard', () => {
    const input = buildProgramme([buildSession({ id: 's1', from: '19:00', to: '21:00' })], {
      event: { days: [buildDay('day-1', DAY_1, '09:00', '22:00')], level: 2 },
    });
    expect(conflictsOf(input, 'outside-event-days')).toEqual([]);
  });
});

describe('horaires incohérents (bloquant)', () => {
  it.each([
    ['finit avant de commencer', true, '11:00', '10:00'],
    ['dure zéro minute', true, '11:00', '11:00'],
    ['dure une heure', false, '10:00', '11:00'],
  ])('une session qui %s → conflit : %s', (_, expected, from, to) => {
    const input = buildProgramme([buildSession({ id: 's1', from, to }), buildSession({ id: 's2', from: '10:00', to: '12:00' })]);
    expect(conflictsOf(input, 'invalid-time-range').map((conflict) => conflict.sessionIds)).toEqual(expected ? [['s1']] : []);
  });
});

describe('session pendant un temps commun à toutes les salles (avertissement)', () => {
  const lunch = { id: 'dejeuner', roomId: null, allRooms: true, from: '12:00', to: '13:30', formatId: 'dejeuner' };

  it.each([
    ['empiète sur le déjeuner', true, { from: '11:30', to: '12:30', roomId: 'salle-b' }],
    ['a lieu pendant le déjeuner, sans salle', true, { from: '12:30', to: '13:00', roomId: null }],
    ['finit quand le déjeuner commence', false, { from: '11:00', to: '12:00', roomId: 'salle-b' }],
    ['commence quand le déjeuner finit', false, { from: '13:30', to: '14:30', roomId: 'salle-b' }],
    ['a lieu le lendemain aux mêmes heures', false, { date: DAY_2, from: '12:00', to: '13:00', roomId: 'salle-b' }],
    ['est annulée', false, { from: '12:00', to: '13:00', roomId: 'salle-b', status: 'cancelled' as const }],
  ])('une session qui %s → avertissement : %s', (_, expected, overrides) => {
    const input = buildProgramme([buildSession(lunch), buildSession({ id: 's1', ...overrides })]);
    const conflicts = conflictsOf(input, 'overlaps-all-rooms-break');
    expect(conflicts).toHaveLength(expected ? 1 : 0);
    if (expected) {
      expect(conflicts[0]?.severity).toBe('warn');
      expect(conflicts[0]?.sessionIds).toContain('dejeuner');
      expect(conflicts[0]?.message).toMatch(/^« Session s1 ».* empiète sur le temps commun « Session dejeuner »/);
    }
  });

  it('ne double pas le conflit de salle quand la session est dans la salle du temps commun', () => {
    const input = buildProgramme([
      buildSession({ id: 'pleniere', roomId: 'amphi', allRooms: true, from: '09:00', to: '10:00' }),
      buildSession({ id: 's1', roomId: 'amphi', from: '09:30', to: '10:30' }),
    ]);
    expect(findProgrammeConflicts(input).map((conflict) => conflict.rule)).toEqual(['room-double-booked']);
  });

  it('ne signale pas un temps commun annulé', () => {
    const input = buildProgramme([
      buildSession({ ...lunch, status: 'cancelled' }),
      buildSession({ id: 's1', from: '12:00', to: '13:00', roomId: 'salle-b' }),
    ]);
    expect(conflictsOf(input, 'overlaps-all-rooms-break')).toEqual([]);
  });
});
