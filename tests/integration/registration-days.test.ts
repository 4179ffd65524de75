import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { registerAction, updateRegistrationAction } from '@/lib/server/actions/registrations';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { getCheckIn } from '@/lib/server/queries/checkin';
import { getRegistrationByToken } from '@/lib/server/queries/public-registration';
import { getRegistrationFigures } from '@/lib/server/queries/registration-figures';
import { DAY_NOT_IN_EVENT, DAYS_REQUIRED } from '@/lib/schemas/registration-days';
import { createUser } from '@/tests/factories';
import { createAttendance } from '@/tests/factories/participants';
import { createDay } from '@/tests/factories/programme';
import { buildRegistrationInput, createOpenEvent, createRegistration } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';

const DAY_1 = '2027-02-11';
const DAY_2 = '2027-02-12';
const AFTER = new Date('2027-03-01T10:00:00Z');

afterAll(stopBoss);
beforeEach(async () => {
  await testDb().rateLimit.deleteMany();
});

async function twoDayEvent() {
  const owner = await createUser(testDb(), { role: 'COORDINATOR' });
  const event = await createOpenEvent(testDb(), {
    ownerOrganisationId: owner.organisationId,
    startsAt: new Date('2027-02-11T08:00:00Z'),
    endsAt: new Date('2027-02-12T17:00:00Z'),
  });
  await createDay(testDb(), { eventId: event.id, date: DAY_1 });
  await createDay(testDb(), { eventId: event.id, date: DAY_2 });
  return { owner, event };
}

/** The public form and the personal page: nobody signed in. */
const publicly = <T>(fn: () => Promise<T>) => runAsCaller(null, fn);
const daysOf = async (email: string) => (await testDb().registration.findFirstOrThrow({ where: { email } })).days;

describe('days of attendance', () => {
  it('stores the days chosen on the public form; every day ticked is stored as every day', async () => {
    const { event } = await twoDayEvent();
    const second = buildRegistrationInput({ eventId: event.id });
    const both = buildRegistrationInput({ eventId: event.id });
    expect(await publicly(() => registerAction({ ...second, days: [DAY_2] }))).toMatchObject({ ok: true });
    expect(await publicly(() => registerAction({ ...both, days: [DAY_2, DAY_1] }))).toMatchObject({ ok: true });
    expect(await daysOf(second.email)).toEqual([DAY_2]);
    expect(await daysOf(both.email)).toEqual([]);
  });

  it('refuses a day outside the event or no day at all, and writes nothing', async () => {
    const { event } = await twoDayEvent();
    expect(await publicly(() => registerAction({ ...buildRegistrationInput({ eventId: event.id }), days: ['2027-03-01'] }))).toMatchObject({
      ok: false,
      fieldErrors: { days: [DAY_NOT_IN_EVENT] },
    });
    expect(await publicly(() => registerAction({ ...buildRegistrationInput({ eventId: event.id }), days: [] }))).toMatchObject({
      ok: false,
      fieldErrors: { days: [DAYS_REQUIRED] },
    });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('lets the person change their days from the personal page', async () => {
    const { event } = await twoDayEvent();
    const person = await createRegistration(testDb(), { eventId: event.id });
    const page = await getRegistrationByToken(person.token);
    expect(page).toMatchObject({ days: [], eventDays: [DAY_1, DAY_2] });
    const input = { token: person.token, name: person.name, organisation: '', category: 'MEDIATEUR' as const, accessibilityNeeds: '', sessionIds: [] };
    expect(await publicly(() => updateRegistrationAction({ ...input, days: [DAY_1] }))).toMatchObject({ ok: true });
    expect(await daysOf(person.email)).toEqual([DAY_1]);
    expect(await publicly(() => updateRegistrationAction({ ...input, days: ['2027-02-20'] }))).toMatchObject({ ok: false, fieldErrors: { days: [DAY_NOT_IN_EVENT] } });
    expect(await daysOf(person.email)).toEqual([DAY_1]);
    // Without days (a one-day form), the stored days stay.
    expect(await publicly(() => updateRegistrationAction(input))).toMatchObject({ ok: true });
    expect(await daysOf(person.email)).toEqual([DAY_1]);
  });

  it('does not count someone registered for day 2 only as a no-show on day 1; check-in shows who is expected', async () => {
    const { owner, event } = await twoDayEvent();
    const dayTwoOnly = await createRegistration(testDb(), { eventId: event.id, name: 'Alice Jour-Deux' });
    await testDb().registration.update({ where: { id: dayTwoOnly.id }, data: { days: [DAY_2] } });
    const everyDay = await createRegistration(testDb(), { eventId: event.id, name: 'Bruno Tous-Les-Jours' });
    await createAttendance(testDb(), { registrationId: everyDay.id, date: DAY_1, status: 'PRESENT' });
    await createAttendance(testDb(), { registrationId: dayTwoOnly.id, date: DAY_2, status: 'PRESENT' });
    await createAttendance(testDb(), { registrationId: everyDay.id, date: DAY_2, status: 'ABSENT' });

    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: owner.id }, fn);
    const figures = await as(() => getRegistrationFigures(event.id, AFTER));
    expect(figures.days.map(({ day, expected, present, noShow, noShowPercent }) => ({ day, expected, present, noShow, noShowPercent }))).toEqual([
      { day: DAY_1, expected: 1, present: 1, noShow: 0, noShowPercent: 0 },
      { day: DAY_2, expected: 2, present: 1, noShow: 1, noShowPercent: 50 },
    ]);

    const dayOne = await as(() => getCheckIn(event.id, DAY_1, AFTER));
    expect(dayOne.people.map((p) => [p.name, p.expected])).toEqual([
      ['Alice Jour-Deux', false],
      ['Bruno Tous-Les-Jours', true],
    ]);
    expect((await as(() => getCheckIn(event.id, DAY_2, AFTER))).people.every((p) => p.expected)).toBe(true);
  });

  it('refuses the figures and the check-in list to someone from another organisation', async () => {
    const { event } = await twoDayEvent();
    const outsider = await createUser(testDb());
    await expect(runAsCaller({ userId: outsider.id }, () => getRegistrationFigures(event.id))).rejects.toMatchObject({ code: 'not-found' });
    await expect(runAsCaller({ userId: outsider.id }, () => getCheckIn(event.id, DAY_1))).rejects.toMatchObject({ code: 'not-found' });
  });
});
