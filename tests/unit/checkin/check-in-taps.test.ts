import { describe, expect, it } from 'vitest';
import { matchesCheckInSearch, pendingTaps, pendingTapsLabel, registrationNumber, scanRefusal, tapWins, trustedTapTime, type ScannedRegistration } from '@/lib/domain/registrations/check-in-taps';

const at = (time: string) => new Date(`2027-02-11T${time}Z`);

describe('last write wins, by the tap’s time', () => {
  it.each([
    ['nothing recorded yet', '09:00:00', null, true],
    ['a later tap', '09:05:00', '09:00:00', true],
    ['the same instant (received last wins)', '09:00:00', '09:00:00', true],
    ['an earlier tap arriving late', '08:59:59', '09:00:00', false],
  ])('%s', (_, tapped, latest, wins) => {
    expect(tapWins(at(tapped), latest === null ? null : at(latest))).toBe(wins);
  });

  it('never dates a tap after its arrival', () => {
    expect(trustedTapTime(at('10:00:00'), at('09:00:00'))).toEqual(at('09:00:00'));
    expect(trustedTapTime(at('08:00:00'), at('09:00:00'))).toEqual(at('08:00:00'));
  });
});

describe('scanned codes', () => {
  const registration = (overrides: Partial<ScannedRegistration> = {}): ScannedRegistration => ({
    eventId: 'e1',
    name: 'Ana',
    status: 'CONFIRMED',
    rank: null,
    anonymised: false,
    ...overrides,
  });
  it.each([
    ['a confirmed registration of this event', true, registration(), null],
    ['a forged or truncated code', false, null, 'forged'],
    ['a registration erased since', true, null, 'unknown'],
    ['an anonymised registration', true, registration({ anonymised: true }), 'unknown'],
    ['another event', true, registration({ eventId: 'e2' }), 'other-event'],
    ['a cancelled registration', true, registration({ status: 'CANCELLED' }), 'cancelled'],
    ['the waiting list', true, registration({ status: 'WAITING', rank: 3 }), 'waiting'],
  ] as const)('%s', (_, valid, found, refusal) => {
    expect(scanRefusal('e1', valid, found)).toBe(refusal);
  });
});

it('counts the taps waiting to be sent in correct French', () => {
  expect(pendingTapsLabel(1)).toBe('1 pointage en attente');
  expect(pendingTapsLabel(3)).toBe('3 pointages en attente');
});

describe('check-in search', () => {
  const person = { id: '3f2b6c1e-8a4d-4e21-9b7c-0d5e6f7a8b9c', name: 'Éloïse Martin', organisation: 'Hub numérique Sud' };
  it.each([
    ['', true],
    ['eloise', true],
    ['ÉLOÏSE mart', true],
    ['hub numerique', true],
    ['3F2B6C1E', true],
    ['n° 3f2b', true],
    ['3f2', true],
    ['3f', false],
    ['2b6c', false],
    ['noé', false],
  ])('« %s » → %s', (query, found) => {
    expect(matchesCheckInSearch(person, query)).toBe(found);
  });
  it('reads the registration number from the id', () => {
    expect(registrationNumber(person.id)).toBe('3F2B6C1E');
  });
});

describe('pendingTaps', () => {
  const tap = (tapId: string) => ({ tapId });

  it('keeps a tap made while another batch was sent, before IndexedDB holds it', () => {
    // Bruno's tap is in memory; the answer for Alice's batch comes back with what IndexedDB held then.
    expect(pendingTaps([], [tap('alice'), tap('bruno')], new Set(['alice']))).toEqual([tap('bruno')]);
  });

  it('keeps the stored order, then the taps not written yet, each once', () => {
    expect(pendingTaps([tap('a'), tap('b')], [tap('a'), tap('b'), tap('c')], new Set())).toEqual([tap('a'), tap('b'), tap('c')]);
  });

  it('drops what the server has answered, stored or not', () => {
    expect(pendingTaps([tap('a'), tap('b')], [tap('c')], new Set(['a', 'c']))).toEqual([tap('b')]);
  });

  it('is empty when everything was answered', () => {
    expect(pendingTaps([tap('a')], [tap('a')], new Set(['a']))).toEqual([]);
  });
});
