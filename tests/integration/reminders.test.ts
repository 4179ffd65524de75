import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopBoss } from '@/lib/server/mail/boss';
import { deliverOutboxEmail } from '@/lib/server/mail/deliver';
import type { MailAttachment } from '@/lib/server/mail/outbox';
import { smtpMailer } from '@/lib/server/mail/transport';
import { saveRemindersAction } from '@/lib/server/actions/group-messages';
import { runAsCaller } from '@/lib/server/current-user';
import { dispatchReminders } from '@/lib/server/messages/reminders';
import { createUser } from '@/tests/factories';
import { GET as personalCalendarRoute } from '@/app/(public)/inscription/[token]/agenda.ics/route';
import { createOpenEvent, createRegistration, createRegistrationSession } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';
import { startSmtpCapture, type CapturedMail } from '@/tests/support/smtp-capture';

// Issue 17.1: reminders J-7 and J-1, claimed once per person whatever the number of job runs.

const STARTS = new Date('2027-03-10T08:30:00Z');
const ENDS = new Date('2027-03-10T16:30:00Z');
const J5 = new Date('2027-03-05T10:00:00Z'); // J-7 is due (late), J-1 not yet
const J1 = new Date('2027-03-09T09:00:00Z');

let raw: CapturedMail[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let smtpUrl = '';

beforeAll(async () => {
  smtp = await startSmtpCapture();
  raw = smtp.messages;
  smtpUrl = smtp.url;
});

afterAll(async () => {
  await stopBoss();
  await smtp.close();
});

async function scene() {
  const db = testDb();
  const owner = await createUser(db);
  const event = await createOpenEvent(db, { ownerOrganisationId: owner.organisationId, startsAt: STARTS, endsAt: ENDS });
  await db.event.update({ where: { id: event.id }, data: { mode: 'HYBRIDE', visioUrl: 'https://visio.exemple.fr/salle-42', venueName: 'Médiathèque', venueAddress: '1 rue du Port, Toulon' } });
  const session = await createRegistrationSession(db, { eventId: event.id, title: 'Atelier IA', startsAt: new Date('2027-03-10T13:00:00Z') });
  const ana = await createRegistration(db, { eventId: event.id, name: 'Ana', email: 'ana@exemple.fr', sessions: [{ sessionId: session.id }] });
  await createRegistration(db, { eventId: event.id, name: 'Annulée', status: 'CANCELLED' });
  await createRegistration(db, { eventId: event.id, name: 'Attente', status: 'WAITING', rank: 1 });
  const gone = await createRegistration(db, { eventId: event.id, name: 'Anonyme' });
  await db.registration.update({ where: { id: gone.id }, data: { anonymisedAt: new Date(), cancelledAt: null } });
  const quiet = await createRegistration(db, { eventId: event.id, name: 'Désabonnée' });
  await db.registration.update({ where: { id: quiet.id }, data: { unsubscribedAt: new Date() } });
  await createRegistration(db, { eventId: event.id, name: 'Sur place', email: `sur-place-${event.id}@trame.invalid` });
  return { event, ana, owner };
}

const outboxOf = (eventId: string) => testDb().outboxEmail.findMany({ where: { eventId }, orderBy: { createdAt: 'asc' } });

describe('reminders', () => {
  it('two job runs at once send the due reminder once, to confirmed people only, with their own .ics', { timeout: 60_000 }, async () => {
    const { event, ana } = await scene();
    await Promise.all([dispatchReminders(J5), dispatchReminders(J5)]);
    await dispatchReminders(J5);
    const rows = await outboxOf(event.id);
    expect(rows.map((row) => row.to)).toEqual(['ana@exemple.fr']);
    expect(await testDb().reminderDelivery.findMany({ where: { registrationId: ana.id }, select: { daysBefore: true } })).toEqual([{ daysBefore: 7 }]);
    const [row] = rows;
    expect(row!.subject).toBe(`Dans une semaine : ${event.title}`);
    expect(row!.text).toContain('Bonjour Ana,');
    expect(row!.text).toContain('Lien de visio : https://visio.exemple.fr/salle-42');
    expect(row!.text).toContain('Atelier IA');
    expect(row!.text).toContain('Lieu : Médiathèque, 1 rue du Port, Toulon');
    // The personal link travels sealed, the unsubscribe link is added at delivery.
    expect(row!.text).toMatch(/\[\[jeton-0\]\]/);
    expect(row!.unsubscribeRegistrationId).toBe(ana.id);

    const file = row!.attachment as MailAttachment;
    const entries = Object.values(ical.sync.parseICS(file.content)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(entries.map((e) => e.summary).sort()).toEqual(['Atelier IA', event.title].sort());
    expect(entries.every((e) => String(e.description).includes('Visio : https://visio.exemple.fr/salle-42'))).toBe(true);
    expect(file.content).toContain('BEGIN:VALARM');

    expect(await deliverOutboxEmail(row!.id, { mailer: smtpMailer(smtpUrl), isLastTry: false })).toBe('sent');
    const received = raw.find((m) => m.to.includes('ana@exemple.fr'))!.data;
    expect(received).toMatch(/Content-Type: text\/calendar/i);
    expect(received).toMatch(/filename=mon-programme\.ics/);
    expect(received).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
  });

  it('the personal page offers the same calendar as the reminder: their sessions, the visio link, the same entries', async () => {
    const { event, ana } = await scene();
    const waiting = await createRegistration(testDb(), { eventId: event.id, name: 'En attente', status: 'WAITING', rank: 2 });
    const get = (token: string) => personalCalendarRoute(new Request(`http://localhost/inscription/${token}/agenda.ics`), { params: Promise.resolve({ token }) });

    const response = await get(ana.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const content = await response.text();
    const entries = Object.values(ical.sync.parseICS(content)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(entries.map((e) => e.summary).sort()).toEqual(['Atelier IA', event.title].sort());
    expect(entries.every((e) => String(e.description).includes('Visio : https://visio.exemple.fr/salle-42'))).toBe(true);

    // The reminder sent later carries the same entries (same UIDs): calendars update them, not duplicate them.
    await dispatchReminders(J5);
    const [row] = await outboxOf(event.id);
    const reminded = Object.values(ical.sync.parseICS((row!.attachment as MailAttachment).content)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(reminded.map((e) => e.uid).sort()).toEqual(entries.map((e) => e.uid).sort());

    // No seat, no calendar; an unknown link neither.
    expect((await get(waiting.token)).status).toBe(404);
    expect((await get('x'.repeat(43))).status).toBe(404);
  });

  it('sends J-1 after J-7, and nothing once the event has started', async () => {
    const { event } = await scene();
    await dispatchReminders(J5);
    await Promise.all([dispatchReminders(J1), dispatchReminders(J1)]);
    await dispatchReminders(new Date('2027-03-10T09:00:00Z'));
    await dispatchReminders(new Date('2027-03-11T09:00:00Z'));
    const rows = await outboxOf(event.id);
    expect(rows.map((row) => row.subject)).toEqual([`Dans une semaine : ${event.title}`, `C’est demain : ${event.title}`]);
  });

  it('follows the reminders the organisers edited (a disabled one is not sent)', async () => {
    const { event } = await scene();
    await testDb().eventReminder.createMany({
      data: [
        { eventId: event.id, daysBefore: 7, subject: 'Semaine', body: 'Bonjour {{nom}}', enabled: false },
        { eventId: event.id, daysBefore: 3, subject: 'Bientôt {{evenement}}', body: 'Bonjour {{nom}}, à {{lieu}}.' },
      ],
    });
    await dispatchReminders(J5);
    expect(await outboxOf(event.id)).toEqual([]);
    await dispatchReminders(new Date('2027-03-07T09:30:00Z'));
    const rows = await outboxOf(event.id);
    expect(rows.map((row) => row.subject)).toEqual([`Bientôt ${event.title}`]);
    expect(rows[0]!.text).toContain('Bonjour Ana, à Médiathèque, 1 rue du Port, Toulon.');
  });

  it('saves edited reminders and refuses unknown placeholders or two on the same day, writing nothing', async () => {
    const { event, owner } = await scene();
    const caller = { userId: owner.id, organisationId: owner.organisationId };
    const save = (reminders: Array<{ daysBefore: number; enabled: boolean; subject: string; body: string }>) =>
      runAsCaller(caller, () => saveRemindersAction({ eventId: event.id, reminders }));
    const good = { daysBefore: 2, enabled: true, subject: 'Après-demain : {{evenement}}', body: 'Bonjour {{nom}}, voici {{programme}} et {{visio}}.' };
    expect(await save([{ ...good, body: 'Bonjour {{prénom}}' }])).toMatchObject({ ok: false, fieldErrors: { reminders: [expect.stringContaining('{{prénom}}')] } });
    expect(await save([good, { ...good, subject: 'Autre' }])).toMatchObject({ ok: false });
    expect(await testDb().eventReminder.count({ where: { eventId: event.id } })).toBe(0);
    expect(await save([good])).toMatchObject({ ok: true });
    expect(await testDb().eventReminder.findMany({ where: { eventId: event.id }, select: { daysBefore: true, enabled: true } })).toEqual([{ daysBefore: 2, enabled: true }]);
    // No reminder at all: the defaults are kept switched off, so none is sent.
    expect(await save([])).toMatchObject({ ok: true });
    await dispatchReminders(J1);
    expect(await outboxOf(event.id)).toEqual([]);
  });
});
