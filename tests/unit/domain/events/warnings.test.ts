import { describe, expect, it } from 'vitest';

import {
  daysApart,
  eventDateWarnings,
  touchesGeneralAssemblySeason,
  type OtherEvent,
} from '@/lib/domain/events/warnings';
import { parisWallClockToUtc } from '@/lib/domain/dates';

/** Un événement de `first` 09:00 à `last` 17:00, heure de Paris. */
function dates(first: string, last = first) {
  return { startsAt: parisWallClockToUtc(first, '09:00'), endsAt: parisWallClockToUtc(last, '17:00') };
}

function other(id: string, first: string, last = first, territoryId: string | null = 'nord'): OtherEvent {
  return { id, title: `Rencontre ${id}`, territoryId, ...dates(first, last) };
}

const codesOf = (warnings: ReturnType<typeof eventDateWarnings>) => warnings.map((warning) => warning.code);

describe('saison des assemblées générales (mars à juin, calendrier de Paris)', () => {
  it.each([
    ['un événement en avril', dates('2027-04-15'), true],
    ['le 1er mars', dates('2027-03-01'), true],
    ['le 28 février', dates('2027-02-28'), false],
    ['le 30 juin', dates('2027-06-30'), true],
    ['le 1er juillet', dates('2027-07-01'), false],
    ['du 27 février au 1er mars', dates('2027-02-27', '2027-03-01'), true],
    ['du 30 juin au 1er juillet', dates('2027-06-30', '2027-07-01'), true],
    ['du 1er au 2 juillet', dates('2027-07-01', '2027-07-02'), false],
    ['de novembre à février (passage d’année)', dates('2027-11-20', '2028-02-10'), false],
    ['de décembre à mars', dates('2027-12-20', '2028-03-02'), true],
    // 28 février 23:30 UTC : déjà le 1er mars à Paris.
    ['le 28 février à 23:30 UTC', { startsAt: new Date('2027-02-28T23:30:00Z'), endsAt: new Date('2027-02-28T23:45:00Z') }, true],
    // 30 juin 22:30 UTC : déjà le 1er juillet à Paris (heure d'été).
    ['le 30 juin à 22:30 UTC', { startsAt: new Date('2027-06-30T22:30:00Z'), endsAt: new Date('2027-06-30T23:30:00Z') }, false],
    // Un événement qui finit à minuit pile ne déborde pas sur le 1er mars.
    ['le 28 février jusqu’à minuit', { startsAt: parisWallClockToUtc('2027-02-28', '18:00'), endsAt: parisWallClockToUtc('2027-03-01', '00:00') }, false],
  ])('%s → avertissement : %s', (_, range, expected) => {
    const warnings = eventDateWarnings({ territoryId: null, ...range }, []);
    expect(codesOf(warnings)).toEqual(expected ? ['general-assembly-season'] : []);
  });

  it('explique pourquoi, en français', () => {
    const [warning] = eventDateWarnings({ territoryId: null, ...dates('2027-04-15') }, []);
    expect(warning?.message).toMatch(/assemblées générales \(de mars à juin\)/);
  });

  it.each([
    ['2027-02-01', '2027-02-28', false],
    ['2027-02-01', '2027-03-01', true],
    ['2027-07-01', '2028-02-29', false],
    ['2027-07-01', '2028-03-01', true],
    ['2026-01-01', '2027-12-31', true],
  ])('touchesGeneralAssemblySeason(%s, %s) → %s', (first, last, expected) => {
    expect(touchesGeneralAssemblySeason(first, last)).toBe(expected);
  });
});

describe('autre événement du même territoire à 7 jours ou moins', () => {
  const event = { id: 'moi', territoryId: 'nord', ...dates('2027-10-14', '2027-10-15') };

  it.each([
    ['6 jours après la fin', other('a', '2027-10-21'), 6],
    ['7 jours après la fin', other('a', '2027-10-22'), 7],
    ['8 jours après la fin', other('a', '2027-10-23'), null],
    ['6 jours avant le début', other('a', '2027-10-08'), 6],
    ['8 jours avant le début', other('a', '2027-10-06'), null],
    ['le lendemain', other('a', '2027-10-16'), 1],
    ['le même jour', other('a', '2027-10-15'), 0],
    ['sur plusieurs jours, finissant 6 jours avant', other('a', '2027-10-01', '2027-10-08'), 6],
    ['qui englobe l’événement', other('a', '2027-10-01', '2027-10-30'), 0],
    ['6 jours après, sur un autre territoire', other('a', '2027-10-21', '2027-10-21', 'sud'), null],
    ['6 jours après, sans territoire', other('a', '2027-10-21', '2027-10-21', null), null],
  ])('un événement %s → écart signalé : %s', (_, nearby, expected) => {
    const warnings = eventDateWarnings(event, [nearby]);
    if (expected === null) {
      expect(warnings).toEqual([]);
    } else {
      expect(warnings).toEqual([expect.objectContaining({ code: 'same-territory-event-nearby', eventId: 'a', daysApart: expected })]);
    }
  });

  it('nomme l’autre événement, ses dates et l’écart', () => {
    const [warning] = eventDateWarnings(event, [other('a', '2027-10-21')]);
    expect(warning?.message).toBe(
      '« Rencontre a » a lieu à 6 jours d’écart sur le même territoire (21 octobre 2027) : attention à ne pas vous télescoper.',
    );
  });

  it('ignore l’événement lui-même et un événement sans territoire', () => {
    expect(eventDateWarnings(event, [{ ...event, title: 'Moi' }])).toEqual([]);
    expect(eventDateWarnings({ ...event, territoryId: null }, [other('a', '2027-10-15', '2027-10-15', null)])).toEqual([]);
  });

  it('compare les dates de Paris : 23:30 UTC la veille est déjà le jour suivant', () => {
    // L'autre événement commence le 22 octobre à 00:30 à Paris (heure d'été) : 7 jours, pas 6.
    const late = { id: 'a', title: 'Soirée', territoryId: 'nord', startsAt: new Date('2027-10-21T22:30:00Z'), endsAt: new Date('2027-10-21T23:30:00Z') };
    expect(eventDateWarnings(event, [late])).toEqual([expect.objectContaining({ daysApart: 7 })]);
  });

  it('liste les plus proches d’abord, avec la saison des AG en tête', () => {
    const spring = { id: 'moi', territoryId: 'nord', ...dates('2027-05-10') };
    const warnings = eventDateWarnings(spring, [other('loin', '2027-05-17'), other('proche', '2027-05-11'), other('hors', '2027-06-20')]);
    expect(warnings.map((warning) => ('eventId' in warning ? warning.eventId : warning.code))).toEqual([
      'general-assembly-season',
      'proche',
      'loin',
    ]);
  });
});

describe('daysApart', () => {
  it.each([
    [{ first: '2027-10-14', last: '2027-10-15' }, { first: '2027-10-15', last: '2027-10-15' }, 0],
    [{ first: '2027-10-14', last: '2027-10-15' }, { first: '2027-10-16', last: '2027-10-17' }, 1],
    [{ first: '2027-10-14', last: '2027-10-15' }, { first: '2027-10-01', last: '2027-10-07' }, 7],
    [{ first: '2027-12-30', last: '2027-12-31' }, { first: '2028-01-05', last: '2028-01-05' }, 5],
  ])('%j et %j → %i jour(s)', (a, b, expected) => {
    expect(daysApart(a, b)).toBe(expected);
    expect(daysApart(b, a)).toBe(expected);
  });
});
