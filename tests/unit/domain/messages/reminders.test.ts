import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDERS, dueReminder, reminderSlots, shouldReceive, type ReminderSetting } from '@/lib/domain/messages/reminders';
import { unknownPlaceholders, PLACEHOLDERS } from '@/lib/domain/messages/placeholders';
import { REMINDER_PLACEHOLDERS } from '@/lib/domain/messages/reminders';

// The event starts on Wednesday 10 March 2027 at 9:30 in Paris (8:30 UTC).
const STARTS = new Date('2027-03-10T08:30:00Z');
const slots = reminderSlots(DEFAULT_REMINDERS, STARTS);

describe('reminderSlots', () => {
  it('counts back from the first Paris day, earliest first', () => {
    expect(slots).toEqual([
      { daysBefore: 7, sendOn: '2027-03-03' },
      { daysBefore: 1, sendOn: '2027-03-09' },
    ]);
  });

  it('leaves disabled reminders out', () => {
    const settings: ReminderSetting[] = DEFAULT_REMINDERS.map((r) => ({ ...r, enabled: r.daysBefore === 1 }));
    expect(reminderSlots(settings, STARTS)).toEqual([{ daysBefore: 1, sendOn: '2027-03-09' }]);
  });
});

describe('dueReminder', () => {
  it.each([
    ['a week before, 8:59 in Paris: not yet', '2027-03-03T07:59:00Z', null],
    ['a week before, 9:00 in Paris', '2027-03-03T08:00:00Z', 7],
    ['five days before (J-7 missed or late registration)', '2027-03-05T12:00:00Z', 7],
    ['the day before, 9:00', '2027-03-09T08:00:00Z', 1],
    ['the morning of the event, before it starts', '2027-03-10T07:00:00Z', 1],
    ['once the event has started: never', '2027-03-10T08:30:00Z', null],
    ['after the event: never', '2027-03-12T10:00:00Z', null],
    ['a month before: nothing', '2027-02-08T10:00:00Z', null],
  ])('%s', (_what, now, expected) => {
    expect(dueReminder(slots, STARTS, new Date(now))?.daysBefore ?? null).toBe(expected);
  });
});

describe('shouldReceive', () => {
  it.each([
    [7, [], true],
    [7, [7], false],
    [1, [7], true],
    [1, [1], false],
    // Someone who got J-1 never gets a late J-7 after it.
    [7, [1], false],
  ])('reminder J-%i after %j: %s', (daysBefore, received, expected) => {
    expect(shouldReceive({ daysBefore, sendOn: '2027-03-03' }, received)).toBe(expected);
  });
});

describe('default reminder texts', () => {
  const allowed = new Set<string>([...PLACEHOLDERS, ...REMINDER_PLACEHOLDERS].map((p) => p.key));
  it.each(DEFAULT_REMINDERS)('J-$daysBefore uses only known placeholders', (reminder) => {
    expect(unknownPlaceholders(reminder.subject, allowed)).toEqual([]);
    expect(unknownPlaceholders(reminder.body, allowed)).toEqual([]);
  });
});
