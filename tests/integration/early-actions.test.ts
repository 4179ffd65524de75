import { afterAll, describe, expect, it } from 'vitest';
import { validateBilanAction } from '@/lib/server/actions/bilan';
import { sendQuestionnaireNowAction } from '@/lib/server/actions/questionnaire';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { getBilanPage } from '@/lib/server/queries/bilan';
import { getQuestionnairePage } from '@/lib/server/queries/questionnaire';
import { createEvent, createUser } from '@/tests/factories';
import { createAttendance, createParticipant } from '@/tests/factories/participants';
import { createPastEventWithAttendance, createQuestionnaire } from '@/tests/factories/questionnaire';
import { testDb } from '@/tests/support/db';

// Sending queues e-mails, which starts the job queue.
afterAll(stopBoss);

/** An event of Thursday 11 February 2027 (still to come), one person already pointed present, its questionnaire. */
async function upcoming() {
  const db = testDb();
  const admin = await createUser(db, { role: 'ADMIN' });
  const event = await createEvent(db, {
    ownerOrganisationId: admin.organisationId,
    status: 'PUBLISHED',
    startsAt: new Date('2027-02-11T08:30:00Z'),
    endsAt: new Date('2027-02-11T16:00:00Z'),
  });
  const alice = await createParticipant(db, { eventId: event.id, name: 'Alice', email: 'early-alice@exemple.fr' });
  await createAttendance(db, { registrationId: alice.id, date: '2027-02-11', status: 'PRESENT' });
  const questionnaire = await createQuestionnaire(db, { eventId: event.id, sendOn: '2027-02-21', reminderOn: null, closesOn: null });
  const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
  return { db, event, questionnaire, as };
}

describe('actions before the event has ended', () => {
  it('refuses to send the questionnaire early without confirmation, and sends it with one', async () => {
    const { db, event, questionnaire, as } = await upcoming();
    const page = await as(() => getQuestionnairePage(event.id));
    expect(page.earlyConfirmation).toMatch(/^Envoyer le questionnaire avant la fin de l’événement \(11 février 2027 à 17:00\) : j’ai compris que/);

    const refused = await as(() => sendQuestionnaireNowAction({ eventId: event.id }));
    expect(refused).toMatchObject({ ok: false, code: 'conflict', error: expect.stringMatching(/^Le questionnaire ne peut pas partir avant la fin de l’événement/) });
    expect(await as(() => sendQuestionnaireNowAction({ eventId: event.id, confirmEarly: false }))).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.questionnaire.findUniqueOrThrow({ where: { id: questionnaire.id }, select: { sentAt: true } })).toEqual({ sentAt: null });
    expect(await db.questionnaireInvitation.count({ where: { questionnaireId: questionnaire.id } })).toBe(0);

    expect(await as(() => sendQuestionnaireNowAction({ eventId: event.id, confirmEarly: true }))).toEqual({ ok: true, data: { invited: 1 } });
    expect(await db.questionnaireInvitation.count({ where: { questionnaireId: questionnaire.id } })).toBe(1);
  });

  it('refuses to validate the bilan early without confirmation, and validates it with one', async () => {
    const { db, event, as } = await upcoming();
    expect((await as(() => getBilanPage(event.id))).earlyConfirmation).toMatch(/^Valider le bilan avant la fin de l’événement/);

    const refused = await as(() => validateBilanAction({ eventId: event.id }));
    expect(refused).toMatchObject({ ok: false, code: 'conflict', error: expect.stringMatching(/^Le bilan ne peut pas être validé avant la fin de l’événement/) });
    expect(await db.bilanVersion.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { status: true } })).toEqual({ status: 'PUBLISHED' });

    expect(await as(() => validateBilanAction({ eventId: event.id, confirmEarly: true }))).toMatchObject({ ok: true, data: { number: 1 } });
    expect(await db.bilanVersion.count({ where: { eventId: event.id } })).toBe(1);
  });

  it('counts a programme day that ends after the event’s own end', async () => {
    const { db, event, as } = await upcoming();
    // The event's own dates are past; its programme day is still to come.
    await db.event.update({ where: { id: event.id }, data: { startsAt: new Date('2026-01-10T08:00:00Z'), endsAt: new Date('2026-01-10T16:00:00Z') } });
    await db.eventDay.create({ data: { eventId: event.id, date: '2027-02-11', startsAt: new Date('2027-02-11T08:00:00Z'), endsAt: new Date('2027-02-11T17:00:00Z') } });
    expect(await as(() => validateBilanAction({ eventId: event.id }))).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('asks nothing once the event is over', async () => {
    const db = testDb();
    const admin = await createUser(db, { role: 'ADMIN' });
    const { event } = await createPastEventWithAttendance(db, { ownerOrganisationId: admin.organisationId, prefix: 'late' });
    await createQuestionnaire(db, { eventId: event.id });
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
    expect((await as(() => getQuestionnairePage(event.id))).earlyConfirmation).toBeNull();
    expect((await as(() => getBilanPage(event.id))).earlyConfirmation).toBeNull();
    expect(await as(() => sendQuestionnaireNowAction({ eventId: event.id }))).toEqual({ ok: true, data: { invited: 2 } });
    expect(await as(() => validateBilanAction({ eventId: event.id }))).toMatchObject({ ok: true, data: { number: 1 } });
  });
});
