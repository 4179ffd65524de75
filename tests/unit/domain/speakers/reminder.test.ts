import { describe, expect, it } from 'vitest';
import { isSpeakerReminderDue } from '@/lib/domain/speakers/reminder';

// An event on Wednesday 10 March 2027 at 09:30 Paris (08:30 UTC): J-7 is Wednesday 3 March.
const STARTS = new Date('2027-03-10T08:30:00Z');

describe('isSpeakerReminderDue', () => {
  it.each([
    ['J-8', '2027-03-02T10:00:00Z', false],
    ['J-7 at 8:59 Paris', '2027-03-03T07:59:00Z', false],
    ['J-7 at 9:00 Paris', '2027-03-03T08:00:00Z', true],
    ['J-3 (a speaker added late still gets it)', '2027-03-07T12:00:00Z', true],
    ['the moment the event starts', '2027-03-10T08:30:00Z', false],
    ['after the event', '2027-03-11T10:00:00Z', false],
  ])('%s: %s', (_when, now, expected) => {
    expect(isSpeakerReminderDue(STARTS, new Date(now))).toBe(expected);
  });
});
