import { beforeAll, describe, expect, it } from 'vitest';
import { runAsCaller } from '@/lib/server/current-user';
import { getOrganisationComparison } from '@/lib/server/queries/organisation-comparison';
import { defaultQuestions } from '@/lib/domain/questionnaire/defaults';
import { createDiagnostic, createEvent, createTerritory, createUser } from '@/tests/factories';
import { createAttendance, createParticipant } from '@/tests/factories/participants';
import { createDay } from '@/tests/factories/programme';
import { testDb } from '@/tests/support/db';

let admin: Awaited<ReturnType<typeof createUser>>;
let other: Awaited<ReturnType<typeof createUser>>;
const as = <T>(userId: string, fn: () => Promise<T>) => runAsCaller({ userId }, fn);

beforeAll(async () => {
  const db = testDb();
  admin = await createUser(db, { role: 'COORDINATOR' });
  other = await createUser(db);
  const territory = await createTerritory(db, { level: 'DEPARTEMENT', inseeCode: '83', name: 'Var' });
  await createDiagnostic(db, { organisationId: admin.organisationId, territoryId: territory.id, createdById: admin.id, answers: { ecosystem: 1, events: 1, engagement: 2 }, createdAt: new Date('2026-01-10T10:00:00Z') });
  await createDiagnostic(db, { organisationId: admin.organisationId, territoryId: territory.id, createdById: admin.id, answers: { ecosystem: 2, events: 2, engagement: 2 }, createdAt: new Date('2026-09-10T10:00:00Z') });
  // Another organisation's diagnostic of the same territory stays its own.
  await createDiagnostic(db, { organisationId: other.organisationId, territoryId: territory.id, createdById: other.id, answers: { ecosystem: 3, events: 3, engagement: 3 }, createdAt: new Date('2026-03-10T10:00:00Z') });

  const first = await createEvent(db, { ownerOrganisationId: admin.organisationId, territoryId: territory.id, title: 'Première rencontre', startsAt: new Date('2026-06-04T07:00:00Z') });
  await createDay(db, { eventId: first.id, date: '2026-06-04' });
  const people = await Promise.all(Array.from({ length: 4 }, () => createParticipant(db, { eventId: first.id })));
  const speaker = await createParticipant(db, { eventId: first.id, isSpeaker: true });
  for (const [person, status] of [[people[0]!, 'PRESENT'], [people[1]!, 'PRESENT'], [people[2]!, 'PRESENT'], [people[3]!, 'ABSENT'], [speaker, 'PRESENT']] as const) {
    await createAttendance(db, { registrationId: person.id, date: '2026-06-04', status });
  }
  const line = { eventId: first.id, category: 'achats', label: 'Ligne' };
  await db.budgetLine.createMany({
    data: [
      { ...line, kind: 'CHARGE', forecastCents: 40_000, actualCents: 30_000 },
      { ...line, kind: 'CHARGE', forecastCents: 10_000, actualCents: null },
      { ...line, kind: 'CHARGE', forecastCents: 10_000, actualCents: 10_000, inKind: true },
      { ...line, kind: 'PRODUIT', forecastCents: 50_000, actualCents: 50_000 },
    ],
  });
  const questionnaire = await db.questionnaire.create({ data: { eventId: first.id, questions: defaultQuestions(), sendOn: '2026-06-14' } });
  for (const overall of [4, 5]) {
    await db.questionnaireResponse.create({ data: { questionnaireId: questionnaire.id, answers: { overall }, submittedOn: '2026-06-15' } });
  }

  const owner = await createUser(db);
  await createEvent(db, { ownerOrganisationId: owner.organisationId, coOrganiserIds: [admin.organisationId], title: 'Rencontre co-organisée', startsAt: new Date('2027-02-11T08:00:00Z') });
  await createEvent(db, { ownerOrganisationId: other.organisationId, title: 'Rencontre d’une autre structure' });
});

describe('organisation comparison', () => {
  it('compares owned and co-organised events in time order, with the territory before and after', async () => {
    const comparison = await as(admin.id, getOrganisationComparison);
    expect(comparison.events.map(({ title, participants, noShowPercent, costPerParticipantCents, satisfaction }) => ({ title, participants, noShowPercent, costPerParticipantCents, satisfaction }))).toEqual([
      { title: 'Première rencontre', participants: 3, noShowPercent: 25, costPerParticipantCents: 10_000, satisfaction: 4.5 },
      { title: 'Rencontre co-organisée', participants: null, noShowPercent: null, costPerParticipantCents: null, satisfaction: null },
    ]);
    expect(comparison.territories).toHaveLength(1);
    const [var83] = comparison.territories;
    expect(var83!.territoryName).toBe('Var');
    expect(var83!.diagnostics.map((d) => d.level)).toEqual([1, 2]);
    expect(var83!.events[0]).toMatchObject({ title: 'Première rencontre', before: { level: 1 }, after: { level: 2 } });
  });

  it('shows another organisation only its own events', async () => {
    const comparison = await as(other.id, getOrganisationComparison);
    expect(comparison.events.map((e) => e.title)).toEqual(['Rencontre d’une autre structure']);
  });

  it('shows a funder organisation nothing', async () => {
    const funder = await createUser(testDb(), { organisation: { kind: 'FINANCEUR' } });
    await expect(as(funder.id, getOrganisationComparison)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
