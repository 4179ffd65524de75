import { describe, expect, it } from 'vitest';
import { earlyActionRefusal, earlyConfirmationLabel, eventEndsAt, isBeforeEnd, type EarlyAction } from '@/lib/domain/lifecycle/timing';

const END = new Date('2027-02-11T16:00:00Z'); // 17:00 in Paris

describe('eventEndsAt', () => {
  it.each([
    ['no programme day', [], '2027-02-11T16:00:00.000Z'],
    ['days inside the event', [{ endsAt: new Date('2027-02-11T15:00:00Z') }], '2027-02-11T16:00:00.000Z'],
    ['a day ending later', [{ endsAt: new Date('2027-02-11T15:00:00Z') }, { endsAt: new Date('2027-02-12T17:00:00Z') }], '2027-02-12T17:00:00.000Z'],
  ])('%s', (_, days, expected) => {
    expect(eventEndsAt({ endsAt: END, days }).toISOString()).toBe(expected);
  });
});

describe('isBeforeEnd', () => {
  it.each([
    ['a month before', '2027-01-11T10:00:00Z', true],
    ['during the last day', '2027-02-11T12:00:00Z', true],
    ['one second before the end', '2027-02-11T15:59:59Z', true],
    ['at the end', '2027-02-11T16:00:00Z', false],
    ['the evening after', '2027-02-11T19:00:00Z', false],
  ])('%s', (_, now, expected) => {
    expect(isBeforeEnd(END, new Date(now))).toBe(expected);
  });
});

describe('earlyActionRefusal', () => {
  const before = new Date('2027-02-11T10:00:00Z');
  const after = new Date('2027-02-12T10:00:00Z');
  it.each<[EarlyAction, Date, boolean, RegExp | null]>([
    ['questionnaire', before, false, /^Le questionnaire ne peut pas partir avant la fin de l’événement \(11 février 2027 à 17:00\) sans confirmation : seules les personnes déjà pointées présentes/],
    ['questionnaire', before, true, null],
    ['questionnaire', after, false, null],
    ['bilan', before, false, /^Le bilan ne peut pas être validé avant la fin de l’événement \(11 février 2027 à 17:00\) sans confirmation : les présences/],
    ['bilan', before, true, null],
    ['bilan', after, false, null],
  ])('%s at %s, confirmed %s', (action, now, confirmed, expected) => {
    const refusal = earlyActionRefusal(action, END, now, confirmed);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});

describe('earlyConfirmationLabel', () => {
  it('states the action, the end and the risk', () => {
    expect(earlyConfirmationLabel('questionnaire', END)).toBe(
      'Envoyer le questionnaire avant la fin de l’événement (11 février 2027 à 17:00) : j’ai compris que seules les personnes déjà pointées présentes le recevront, et les questions ne pourront plus changer.',
    );
    expect(earlyConfirmationLabel('bilan', END)).toMatch(/^Valider le bilan avant la fin de l’événement \(11 février 2027 à 17:00\) : j’ai compris que les présences/);
  });
});
