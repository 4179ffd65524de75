import { describe, expect, it } from 'vitest';

import { firstDayOf, shiftEventDates } from '@/lib/domain/events/duplicate';
import { clockTime, formatTime, parisDay, parisWallClockToUtc } from '@/lib/domain/dates';

function day(id: string, date: string, opens = 9, closes = 17) {
  return { id, date, startsAt: parisWallClockToUtc(date, clockTime(opens)), endsAt: parisWallClockToUtc(date, clockTime(closes)) };
}

function session(id: string, date: string, from: number, to: number) {
  return { id, title: `Session ${id}`, roomId: 'amphi', startsAt: parisWallClockToUtc(date, clockTime(from)), endsAt: parisWallClockToUtc(date, clockTime(to)) };
}

/** Une rencontre de deux jours en février (heure d'hiver), avec ses tâches. */
const FEBRUARY_EVENT = {
  startsAt: parisWallClockToUtc('2027-02-11', '09:00'),
  endsAt: parisWallClockToUtc('2027-02-12', '17:00'),
  days: [day('d1', '2027-02-11'), day('d2', '2027-02-12')],
  sessions: [session('ouverture', '2027-02-11', 9, 10), session('atelier', '2027-02-12', 14, 16)],
  tasks: [
    { id: 'mailing-j30', title: 'Mailing J-30', offsetDays: -30, dueAt: parisWallClockToUtc('2027-01-12', '10:00') },
    { id: 'salle', title: 'Réserver la salle', offsetDays: null, dueAt: parisWallClockToUtc('2026-12-01', '09:00') },
    { id: 'bilan', title: 'Rédiger le bilan', offsetDays: null, dueAt: null },
  ],
};

describe('shiftEventDates', () => {
  it('décale une session de 09:00 en février vers juillet : toujours 09:00 à Paris, 07:00Z au lieu de 08:00Z', () => {
    const shifted = shiftEventDates(FEBRUARY_EVENT, '2027-07-08');
    const opening = shifted.sessions[0];
    expect(FEBRUARY_EVENT.sessions[0]?.startsAt.toISOString()).toBe('2027-02-11T08:00:00.000Z');
    expect(opening?.startsAt.toISOString()).toBe('2027-07-08T07:00:00.000Z');
    expect(opening?.endsAt.toISOString()).toBe('2027-07-08T08:00:00.000Z');
    expect(shifted.dayShift).toBe(147);
  });

  it('décale toutes les journées et sessions d’un événement de deux jours, à la même heure de Paris', () => {
    const shifted = shiftEventDates(FEBRUARY_EVENT, '2027-07-08');
    expect(shifted.days.map((d) => [d.id, d.date, formatTime(d.startsAt), formatTime(d.endsAt)])).toEqual([
      ['d1', '2027-07-08', '09:00', '17:00'],
      ['d2', '2027-07-09', '09:00', '17:00'],
    ]);
    expect(shifted.sessions.map((s) => [s.id, parisDay(s.startsAt), formatTime(s.startsAt), formatTime(s.endsAt)])).toEqual([
      ['ouverture', '2027-07-08', '09:00', '10:00'],
      ['atelier', '2027-07-09', '14:00', '16:00'],
    ]);
    expect(shifted.startsAt.toISOString()).toBe('2027-07-08T07:00:00.000Z');
    expect(shifted.endsAt.toISOString()).toBe('2027-07-09T15:00:00.000Z');
  });

  it('recopie les autres champs sans toucher à l’original', () => {
    const shifted = shiftEventDates(FEBRUARY_EVENT, '2027-07-08');
    expect(shifted.sessions[1]).toMatchObject({ id: 'atelier', title: 'Session atelier', roomId: 'amphi' });
    expect(FEBRUARY_EVENT.days[0]?.date).toBe('2027-02-11');
  });

  it('garde le J-x des tâches et décale leur échéance avec le premier jour', () => {
    const shifted = shiftEventDates(FEBRUARY_EVENT, '2027-07-08');
    expect(shifted.tasks.map((task) => [task.id, task.offsetDays, task.dueAt && parisDay(task.dueAt), task.dueAt && formatTime(task.dueAt)])).toEqual([
      ['mailing-j30', -30, '2027-06-08', '10:00'], // J-30 du 8 juillet
      ['salle', null, '2027-04-27', '09:00'], // 1er décembre + 147 jours
      ['bilan', null, null, null],
    ]);
  });

  it.each([
    ['vers l’été', '2027-07-08', 147],
    ['vers le passé', '2026-11-05', -98],
    ['à la même date', '2027-02-11', 0],
    ['d’un an', '2028-02-11', 365],
  ])('décale %s du même nombre de jours calendaires (%s → %i)', (_, newFirstDay, dayShift) => {
    const shifted = shiftEventDates(FEBRUARY_EVENT, newFirstDay);
    expect(shifted.dayShift).toBe(dayShift);
    expect(shifted.days[0]?.date).toBe(newFirstDay);
    expect(shifted.sessions.map((s) => formatTime(s.startsAt))).toEqual(['09:00', '14:00']);
  });

  it('garde les heures de Paris d’un événement à cheval sur le changement d’heure (27-28 mars 2027)', () => {
    const springForward = {
      startsAt: parisWallClockToUtc('2027-03-27', '09:00'),
      endsAt: parisWallClockToUtc('2027-03-28', '17:00'),
      days: [day('d1', '2027-03-27'), day('d2', '2027-03-28')],
      sessions: [session('samedi', '2027-03-27', 9, 10), session('dimanche', '2027-03-28', 9, 10)],
      tasks: [],
    };
    // Le samedi est à UTC+1, le dimanche à UTC+2 : 08:00Z puis 07:00Z.
    expect(springForward.sessions.map((s) => s.startsAt.toISOString())).toEqual(['2027-03-27T08:00:00.000Z', '2027-03-28T07:00:00.000Z']);
    const shifted = shiftEventDates(springForward, '2027-11-13');
    expect(shifted.sessions.map((s) => s.startsAt.toISOString())).toEqual(['2027-11-13T08:00:00.000Z', '2027-11-14T08:00:00.000Z']);
    expect(shifted.days.map((d) => d.date)).toEqual(['2027-11-13', '2027-11-14']);
  });

  it('prend pour premier jour la plus petite journée, quel que soit leur ordre', () => {
    const unordered = { ...FEBRUARY_EVENT, days: [...FEBRUARY_EVENT.days].reverse() };
    expect(firstDayOf(unordered)).toBe('2027-02-11');
    expect(shiftEventDates(unordered, '2027-07-08').days.map((d) => d.date)).toEqual(['2027-07-09', '2027-07-08']);
  });

  it('sans journées, part du jour de début de l’événement (à Paris)', () => {
    const noDays = { startsAt: new Date('2027-02-10T23:30:00Z'), endsAt: new Date('2027-02-11T01:00:00Z'), days: [], sessions: [], tasks: [] };
    expect(firstDayOf(noDays)).toBe('2027-02-11');
    expect(shiftEventDates(noDays, '2027-02-12').startsAt.toISOString()).toBe('2027-02-11T23:30:00.000Z');
  });

  it('refuse un nouveau premier jour invalide', () => {
    expect(() => shiftEventDates(FEBRUARY_EVENT, '2027-02-30')).toThrow(RangeError);
  });
});
