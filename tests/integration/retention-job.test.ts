import { describe, expect, it } from 'vitest';
import { ANONYMISED_NAME } from '@/lib/domain/registrations/personal-data';
import { SCHEDULED_JOBS } from '@/lib/server/jobs/catalogue';
import { retentionJob } from '@/lib/server/participants/retention-job';
import { createEvent, createOrganisation } from '@/tests/factories';
import { createParticipant } from '@/tests/factories/participants';
import { testDb } from '@/tests/support/db';

// 2025-01-15 + 12 months: kept until 2026-01-15 inclusive, over from the 16th (Paris).
const NOW = new Date('2026-02-01T02:17:00Z');
const EARLIER = new Date('2025-12-01T10:00:00Z');

describe('retention job', () => {
  it('is scheduled once a day', () => {
    expect(SCHEDULED_JOBS).toContain(retentionJob);
    expect(retentionJob.cron).toBe('17 3 * * *');
  });

  it('anonymises each expired participant once when two runs race, and leaves the others untouched', async () => {
    const db = testDb();
    const organisation = await createOrganisation(db);
    const past = { ownerOrganisationId: organisation.id, startsAt: new Date('2025-01-15T08:00:00Z') };
    const expiredA = await createEvent(db, past);
    const expiredB = await createEvent(db, past);
    const kept = await createEvent(db, past);
    await db.event.update({ where: { id: kept.id }, data: { retentionMonths: 36 } });
    const future = await createEvent(db, { ownerOrganisationId: organisation.id });

    const due = [
      ...(await Promise.all(Array.from({ length: 6 }, () => createParticipant(db, { eventId: expiredA.id })))),
      ...(await Promise.all(Array.from({ length: 4 }, () => createParticipant(db, { eventId: expiredB.id })))),
    ];
    const alreadyErased = await createParticipant(db, { eventId: expiredA.id, name: ANONYMISED_NAME });
    await db.registration.update({ where: { id: alreadyErased.id }, data: { anonymisedAt: EARLIER } });
    const untouched = [await createParticipant(db, { eventId: kept.id }), await createParticipant(db, { eventId: future.id })];
    await db.outboxEmail.create({
      data: { eventId: expiredA.id, to: due[0]!.email, subject: 'Votre inscription', text: 'Bonjour' },
    });

    const [first, second] = (await Promise.all([retentionJob.run(NOW), retentionJob.run(NOW)])) as Array<{ events: number; participants: number }>;
    expect(first!.participants + second!.participants).toBe(due.length);
    expect(first!.events + second!.events).toBe(2);

    const rows = await db.registration.findMany({ where: { id: { in: due.map((person) => person.id) } } });
    expect(rows).toHaveLength(due.length);
    for (const row of rows) {
      expect(row).toMatchObject({ name: ANONYMISED_NAME, organisation: null, anonymisedAt: NOW });
      expect(row.email).toBe(`anonyme-${row.id}@trame.invalid`);
    }
    expect((await db.registration.findUniqueOrThrow({ where: { id: alreadyErased.id } })).anonymisedAt).toEqual(EARLIER);
    for (const person of untouched) {
      const row = await db.registration.findUniqueOrThrow({ where: { id: person.id } });
      expect(row).toMatchObject({ name: person.name, email: person.email, anonymisedAt: null });
    }
    expect(await db.outboxEmail.count({ where: { eventId: expiredA.id } })).toBe(0);

    // A later tick finds nothing left to do.
    expect(await retentionJob.run(new Date('2026-02-02T02:17:00Z'))).toEqual({ events: 0, participants: 0 });
  });
});
