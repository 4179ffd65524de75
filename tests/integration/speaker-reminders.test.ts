import ical, { type VEvent } from 'node-ical';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEDULED_JOBS } from '@/lib/server/jobs/catalogue';
import { stopBoss } from '@/lib/server/mail/boss';
import { dispatchSpeakerReminders, speakerReminderJob } from '@/lib/server/speakers/reminders';
import { createEvent, createUser } from '@/tests/factories';
import { createDay, createSession } from '@/tests/factories/programme';
import { createLinkedSpeaker } from '@/tests/factories/speakers';
import { testDb } from '@/tests/support/db';

// Issue 17.5: speakers get a J-7 reminder, once, whatever the number of job runs.

const STARTS = new Date('2027-03-10T08:00:00Z');
const J7 = new Date('2027-03-03T09:00:00Z'); // 10:00 Paris on J-7
const J8 = new Date('2027-03-02T09:00:00Z');

afterAll(async () => {
  await stopBoss();
});

async function scene() {
  const db = testDb();
  const owner = await createUser(db);
  const event = await createEvent(db, { ownerOrganisationId: owner.organisationId, status: 'PUBLISHED', startsAt: STARTS, endsAt: new Date('2027-03-10T16:00:00Z') });
  await db.event.update({ where: { id: event.id }, data: { venueName: 'Médiathèque', venueAddress: '1 rue du Port, Toulon' } });
  const day = await createDay(db, { eventId: event.id, date: '2027-03-10' });
  const linked = await createLinkedSpeaker(db, { eventId: event.id, name: 'Awa Diallo', email: 'awa@exemple.fr' });
  const noLink = await db.speaker.create({ data: { eventId: event.id, name: 'Hugo Petit', email: 'hugo@exemple.fr' } });
  const noEmail = await db.speaker.create({ data: { eventId: event.id, name: 'Sans adresse' } });
  await db.speaker.create({ data: { eventId: event.id, name: 'Sans séance', email: 'libre@exemple.fr' } });
  const draftOnly = await db.speaker.create({ data: { eventId: event.id, name: 'Brouillon', email: 'brouillon@exemple.fr' } });
  await createSession(db, { eventId: event.id, day, title: 'Atelier IA', from: '14:00', to: '15:30', speakerIds: [linked.speaker.id, noLink.id, noEmail.id] });
  const draft = await createSession(db, { eventId: event.id, day, title: 'Proposition retenue', speakerIds: [draftOnly.id] });
  await db.session.update({ where: { id: draft.id }, data: { draft: true } });
  return { db, event, linked };
}

describe('speakers’ J-7 reminder', () => {
  it('is a scheduled job', () => {
    expect(SCHEDULED_JOBS).toContain(speakerReminderJob);
  });

  it('two runs at once send it once to each placed speaker with an address, with their sessions and a fresh link', { timeout: 60_000 }, async () => {
    const { db, event, linked } = await scene();
    expect(await dispatchSpeakerReminders(J8)).toBe(0);
    await Promise.all([dispatchSpeakerReminders(J7), dispatchSpeakerReminders(J7)]);
    await dispatchSpeakerReminders(J7);
    const emails = await db.outboxEmail.findMany({ where: { eventId: event.id }, orderBy: { to: 'asc' } });
    expect(emails.map((email) => email.to)).toEqual(['awa@exemple.fr', 'hugo@exemple.fr']);
    const [awa, hugo] = emails;
    expect(awa!.subject).toBe(`Dans une semaine, votre intervention : ${event.title}`);
    expect(awa!.text).toContain('Atelier IA');
    expect(awa!.text).toContain('Médiathèque, 1 rue du Port, Toulon');
    // The fresh link travels sealed; the old one stopped working.
    expect(awa!.sealedTokens).not.toBeNull();
    const row = await db.speaker.findUniqueOrThrow({ where: { id: linked.speaker.id } });
    expect(row.linkTokenHash).not.toBe(createHash('sha256').update(linked.token).digest('hex'));
    expect(row.reminderSentAt).toEqual(J7);
    // No live link: the reminder opens none.
    expect(hugo!.sealedTokens).toBeNull();
    expect(hugo!.text).not.toContain('/intervenant/');
    const attachment = awa!.attachment as { content: string };
    const entries = Object.values(ical.sync.parseICS(attachment.content)).filter((entry): entry is VEvent => entry?.type === 'VEVENT');
    expect(entries.map((entry) => entry.summary).sort()).toEqual(['Atelier IA', event.title].sort());
  });

  it('is not sent once the event has started', async () => {
    const { db, event } = await scene();
    expect(await dispatchSpeakerReminders(new Date('2027-03-10T09:00:00Z'))).toBe(0);
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(0);
  });
});
