import { describe, expect, it } from 'vitest';
import { registerSchema, updateRegistrationSchema } from '@/lib/schemas/registration';
import { checkAttendanceDays, DAY_NOT_IN_EVENT, DAYS_REQUIRED, tickedDays } from '@/lib/schemas/registration-days';
import { buildRegistrationInput } from '@/tests/factories/registrations';

const TWO_DAYS = ['2027-02-11', '2027-02-12'];
const THREE_DAYS = [...TWO_DAYS, '2027-02-13'];

describe('checkAttendanceDays', () => {
  it.each([
    ['nothing sent: every day', undefined, TWO_DAYS, { ok: true, days: [] }],
    ['every day ticked is stored as every day', ['2027-02-12', '2027-02-11'], TWO_DAYS, { ok: true, days: [] }],
    ['one day of two', ['2027-02-12'], TWO_DAYS, { ok: true, days: ['2027-02-12'] }],
    ['sorted and without repeats', ['2027-02-13', '2027-02-11', '2027-02-13'], THREE_DAYS, { ok: true, days: ['2027-02-11', '2027-02-13'] }],
    ['no box ticked on a multi-day event', [], TWO_DAYS, { ok: false, error: DAYS_REQUIRED }],
    ['no box on a one-day event: every day', [], ['2027-02-11'], { ok: true, days: [] }],
    ['a day outside the event', ['2027-02-11', '2027-03-01'], TWO_DAYS, { ok: false, error: DAY_NOT_IN_EVENT }],
  ] as const)('%s', (_label, chosen, eventDays, expected) => {
    expect(checkAttendanceDays(chosen, eventDays)).toEqual(expected);
  });
});

describe('tickedDays', () => {
  it('ticks every day when none is stored, else the stored days still in the event', () => {
    expect(tickedDays([], TWO_DAYS)).toEqual(TWO_DAYS);
    expect(tickedDays(['2027-02-12', '2027-01-01'], TWO_DAYS)).toEqual(['2027-02-12']);
  });
});

describe('days in the registration schemas', () => {
  it('accepts calendar days and leaves them out when not sent', () => {
    expect(registerSchema.parse(buildRegistrationInput({})).days).toBeUndefined();
    expect(registerSchema.parse({ ...buildRegistrationInput({}), days: ['2027-02-12'] }).days).toEqual(['2027-02-12']);
  });

  it('refuses unreadable days', () => {
    const result = updateRegistrationSchema.safeParse({ ...buildRegistrationInput({}), token: 'x'.repeat(40), days: ['12/02/2027'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['days', 0], message: 'Jour illisible.' });
  });
});
