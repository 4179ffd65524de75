import { describe, expect, it } from 'vitest';
import { allowedDecisions, callState, draftSessionSlot, type CallSettings } from '@/lib/domain/speakers/call';

const base: CallSettings = { status: 'PUBLISHED', callOpen: true, callClosesOn: '2026-05-31', startsAt: new Date('2026-06-10T07:00:00Z') };

describe('callState', () => {
  it.each<[string, Partial<CallSettings>, string, string]>([
    ['open before the last day', {}, '2026-05-20T10:00:00Z', 'open'],
    ['open all of the last Paris day', {}, '2026-05-31T21:59:00Z', 'open'],
    ['closed the next Paris day (23:30 UTC is already 1 June in Paris)', {}, '2026-05-31T22:30:00Z', 'past-date'],
    ['open with no closing date', { callClosesOn: null }, '2026-06-05T10:00:00Z', 'open'],
    ['closed by the organisers', { callOpen: false }, '2026-05-20T10:00:00Z', 'closed'],
    ['a draft event has no public call', { status: 'DRAFT' }, '2026-05-20T10:00:00Z', 'not-public'],
    ['an event that started', { callClosesOn: null }, '2026-06-10T07:00:00Z', 'event-started'],
    ['an event marked done', { status: 'DONE' }, '2026-05-20T10:00:00Z', 'event-started'],
  ])('%s', (_what, overrides, now, expected) => {
    expect(callState({ ...base, ...overrides }, new Date(now))).toBe(expected);
  });
});

describe('allowedDecisions', () => {
  it.each([
    ['PENDING', ['ACCEPTED', 'DECLINED', 'LATER']],
    ['LATER', ['ACCEPTED', 'DECLINED']],
    ['DECLINED', ['ACCEPTED', 'LATER']],
    ['ACCEPTED', ['ACCEPTED']],
  ] as const)('%s → %j', (status, expected) => {
    expect(allowedDecisions(status)).toEqual(expected);
  });
});

describe('draftSessionSlot', () => {
  const event = { startsAt: new Date('2026-06-10T07:00:00Z') };
  it('starts at the first day’s opening, for the format’s duration', () => {
    expect(draftSessionSlot({ startsAt: new Date('2026-06-10T07:30:00Z') }, event, 90)).toEqual({
      startsAt: new Date('2026-06-10T07:30:00Z'),
      endsAt: new Date('2026-06-10T09:00:00Z'),
    });
  });
  it('falls back on the event’s start when no day exists yet', () => {
    expect(draftSessionSlot(null, event, 60).startsAt).toEqual(event.startsAt);
  });
});
