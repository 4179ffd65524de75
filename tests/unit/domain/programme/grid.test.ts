import { describe, expect, it } from 'vitest';
import { buildDayGrid, NO_ROOM_KEY, sessionPlace, sessionsByDay } from '@/lib/domain/programme/grid';
import { buildSession, DAY_1, DAY_2, DAYS, ROOMS } from './programme-fixtures';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('sessionsByDay', () => {
  it('range chaque session dans sa journée, dans l’ordre chronologique', () => {
    const sessions = [
      buildSession({ id: 'tard', from: '14:00', to: '15:00', dayId: 'day-1' }),
      buildSession({ id: 'tot', from: '09:00', to: '10:00', dayId: 'day-1' }),
      buildSession({ id: 'j2', date: DAY_2, dayId: 'day-2' }),
    ];
    const { days, unplaced } = sessionsByDay([...DAYS].reverse(), sessions);
    expect(days.map((group) => group.day.id)).toEqual(['day-1', 'day-2']);
    expect(ids(days[0]!.sessions)).toEqual(['tot', 'tard']);
    expect(ids(days[1]!.sessions)).toEqual(['j2']);
    expect(unplaced).toEqual([]);
  });

  it('sans journée choisie, suit la date parisienne du début (23:30 UTC est déjà le lendemain)', () => {
    const late = { ...buildSession({ id: 'nuit' }), dayId: null, startsAt: new Date(`${DAY_1}T23:30:00Z`), endsAt: new Date(`${DAY_2}T00:30:00Z`) };
    const { days } = sessionsByDay(DAYS, [late]);
    expect(ids(days[1]!.sessions)).toEqual(['nuit']);
  });

  it('garde à part les sessions d’une journée inconnue ou d’une date sans journée', () => {
    const sessions = [buildSession({ id: 'orpheline', dayId: 'supprimee' }), buildSession({ id: 'hors', date: '2027-03-01', dayId: null })];
    const { days, unplaced } = sessionsByDay(DAYS, sessions);
    expect(days.every((group) => group.sessions.length === 0)).toBe(true);
    expect(ids(unplaced)).toEqual(['orpheline', 'hors']);
  });
});

describe('buildDayGrid', () => {
  it('une colonne par salle, une ligne par heure de début, le temps commun sur toute la ligne', () => {
    const sessions = [
      buildSession({ id: 'a-10', roomId: 'salle-a', from: '10:00', to: '11:00' }),
      buildSession({ id: 'b-10', roomId: 'salle-b', from: '10:00', to: '11:30' }),
      buildSession({ id: 'amphi-9', roomId: 'amphi', from: '09:00', to: '10:00' }),
      buildSession({ id: 'pause', roomId: null, from: '11:30', to: '11:50', allRooms: true }),
    ];
    const { columns, rows } = buildDayGrid(ROOMS, sessions);
    expect(columns.map((column) => column.key)).toEqual(['amphi', 'salle-a', 'salle-b']);
    expect(rows.map((row) => (row.allRooms ? ['commun', ids(row.sessions)] : row.cells.map(ids)))).toEqual([
      [['amphi-9'], [], []],
      [[], ['a-10'], ['b-10']],
      ['commun', ['pause']],
    ]);
  });

  it('montre les deux sessions d’une salle occupée deux fois (un conflit), sans en masquer une', () => {
    const sessions = [
      buildSession({ id: 'premiere', from: '10:00', to: '11:00' }),
      buildSession({ id: 'seconde', from: '10:00', to: '10:30' }),
      buildSession({ id: 'chevauche', from: '10:30', to: '11:30' }),
    ];
    const { rows } = buildDayGrid(ROOMS, sessions);
    const cells = rows.map((row) => (row.allRooms ? [] : ids(row.cells[1]!)));
    expect(cells).toEqual([['seconde', 'premiere'], ['chevauche']]);
  });

  it('ajoute une colonne « sans salle » seulement quand une session n’a pas de salle connue', () => {
    expect(buildDayGrid(ROOMS, [buildSession({ id: 'x' })]).columns).toHaveLength(3);
    const { columns, rows } = buildDayGrid(ROOMS, [buildSession({ id: 'libre', roomId: null }), buildSession({ id: 'perdue', roomId: 'grenier', from: '12:00', to: '13:00' })]);
    expect(columns.at(-1)).toEqual({ key: NO_ROOM_KEY, room: null });
    expect(rows.map((row) => (row.allRooms ? [] : ids(row.cells[3]!)))).toEqual([['libre'], ['perdue']]);
  });

  it('place le temps commun avant les sessions qui commencent à la même heure', () => {
    const sessions = [buildSession({ id: 'atelier', from: '14:00', to: '15:00' }), buildSession({ id: 'pleniere', roomId: 'amphi', from: '14:00', to: '15:00', allRooms: true })];
    expect(buildDayGrid(ROOMS, sessions).rows.map((row) => row.allRooms)).toEqual([true, false]);
  });

  it('rend une grille vide pour une journée sans session', () => {
    expect(buildDayGrid(ROOMS, [])).toEqual({ columns: ROOMS.map((room) => ({ key: room.id, room })), rows: [] });
  });
});

describe('sessionPlace', () => {
  const names = new Map(ROOMS.map((room) => [room.id, room.name]));
  it.each([
    [{ roomId: 'amphi', allRooms: true }, 'Amphithéâtre (toutes les salles)'],
    [{ roomId: null, allRooms: true }, 'Toutes les salles'],
    [{ roomId: 'salle-a' }, 'Salle A'],
    [{ roomId: null }, 'Salle à préciser'],
    [{ roomId: 'grenier', allRooms: false }, 'Salle à préciser'],
  ])('%o → %s', (session, expected) => expect(sessionPlace(session, names)).toBe(expected));
});
