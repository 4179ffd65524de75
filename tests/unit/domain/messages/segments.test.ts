import { describe, expect, it } from 'vitest';
import { segmentCounts, segmentKey, selectRecipients, type Audience, type AudienceRegistration, type Segment } from '@/lib/domain/messages/segments';

const S1 = 'session-1';
const D1 = '2027-03-10';
const D2 = '2027-03-11';

function person(id: string, overrides: Partial<AudienceRegistration> = {}): AudienceRegistration {
  return {
    id,
    name: id,
    email: `${id}@exemple.fr`,
    status: 'CONFIRMED',
    anonymised: false,
    unsubscribed: false,
    days: [],
    sessions: [],
    presentDays: [],
    ...overrides,
  };
}

const audience: Audience = {
  registrations: [
    person('ana', { sessions: [{ sessionId: S1, status: 'CONFIRMED' }], presentDays: [D1] }),
    person('bruno', { days: [D2], sessions: [{ sessionId: S1, status: 'WAITING' }] }),
    person('chloe', { status: 'WAITING' }),
    person('dina', { status: 'CANCELLED', presentDays: [D1] }),
    person('eli', { anonymised: true, email: 'anonyme-eli@trame.invalid' }),
    person('fanny', { unsubscribed: true, presentDays: [D1] }),
    person('gael', { email: 'sur-place-gael@trame.invalid', presentDays: [D1] }),
    person('hugo', { status: 'WAITING', unsubscribed: true }),
  ],
  speakers: [
    { id: 's1', name: 'Intervenante', email: 'inter@exemple.fr' },
    { id: 's2', name: 'Sans adresse', email: null },
    { id: 's3', name: 'Ana aussi', email: 'ANA@exemple.fr' },
    { id: 's4', name: 'Fanny désabonnée', email: 'fanny@exemple.fr' },
  ],
  coOrganiserMembers: [
    { userId: 'u1', name: 'Coorga', email: 'coorga@exemple.fr' },
    { userId: 'u2', name: 'Coorga bis', email: 'Coorga@exemple.fr' },
  ],
};

const names = (segment: Segment) => selectRecipients(segment, audience).map((recipient) => recipient.name);

describe('selectRecipients', () => {
  it.each<[string, Segment, string[]]>([
    ['all confirmed: not cancelled, anonymised, unsubscribed, nor without address', { kind: 'confirmed' }, ['ana', 'bruno']],
    ['the waiting list, unsubscribed left out', { kind: 'waiting' }, ['chloe']],
    ['a session: confirmed seats only', { kind: 'session', sessionId: S1 }, ['ana']],
    ['a day: those who come every day and those who chose it', { kind: 'day', day: D2 }, ['ana', 'bruno']],
    ['a day some did not choose', { kind: 'day', day: D1 }, ['ana']],
    ['present on a day', { kind: 'present', day: D1 }, ['ana']],
    ['absent on a day: expected and not checked in', { kind: 'absent', day: D1 }, []],
    ['absent on the second day', { kind: 'absent', day: D2 }, ['ana', 'bruno']],
    ['speakers: with an address, once per address, never someone who unsubscribed', { kind: 'speakers' }, ['Ana aussi', 'Intervenante']],
    ['co-organisers: once per address whatever its case', { kind: 'coorganisers' }, ['Coorga']],
  ])('%s', (_what, segment, expected) => {
    expect(names(segment)).toEqual(expected);
  });

  it('gives participants their registration (for the unsubscribe link), others none', () => {
    expect(selectRecipients({ kind: 'confirmed' }, audience).every((r) => r.registrationId !== null)).toBe(true);
    expect(selectRecipients({ kind: 'speakers' }, audience).every((r) => r.registrationId === null)).toBe(true);
  });

  it('an empty event is an empty group', () => {
    expect(selectRecipients({ kind: 'confirmed' }, { registrations: [], speakers: [], coOrganiserMembers: [] })).toEqual([]);
  });
});

describe('segmentCounts', () => {
  it('counts every offered segment under its key', () => {
    const counts = segmentCounts(audience, [S1], [D1, D2]);
    expect(counts).toMatchObject({ confirmed: 2, waiting: 1, speakers: 2, coorganisers: 1, [`session:${S1}`]: 1, [`present:${D1}`]: 1, [`absent:${D2}`]: 2 });
    expect(segmentKey({ kind: 'day', day: D1 })).toBe(`day:${D1}`);
  });
});
