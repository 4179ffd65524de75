import { describe, expect, it } from 'vitest';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { saveBilanTextsAction, saveEvaluationFrameAction, validateBilanAction } from '@/lib/server/actions/bilan';
import { runAsCaller } from '@/lib/server/current-user';
import { getBilanPage } from '@/lib/server/queries/bilan';
import { createEvent, createOrganisation, createTerritory, createUser } from '@/tests/factories';
import { seedNecMarseilleOutcome } from '@/tests/factories/bilan-demo';
import { seedNecMarseilleProgramme } from '@/tests/factories/public';
import { testDb } from '@/tests/support/db';

/** A past event like the demo's Marseille one, and its coordinator. */
async function marseille() {
  const db = testDb();
  const coordinator = await createUser(db, { role: 'COORDINATOR' });
  const territory = await createTerritory(db, { level: 'DEPARTEMENT', inseeCode: '13', name: 'Bouches-du-Rhône' });
  const event = await createEvent(db, {
    ownerOrganisationId: coordinator.organisationId,
    territoryId: territory.id,
    title: 'Rencontre NEC — test',
    startsAt: new Date('2026-10-08T07:30:00Z'),
    endsAt: new Date('2026-10-08T15:30:00Z'),
    status: 'DONE',
  });
  await seedNecMarseilleProgramme(db, event.id);
  await seedNecMarseilleOutcome(db, { eventId: event.id });
  return { db, coordinator, event };
}

const texts = (eventId: string, version: number, introduction = 'Une belle rencontre.') => ({
  eventId,
  version,
  introduction,
  analysis: 'Le public visé est venu.',
  keep: 'Le tour de table\nLa démo',
  improve: 'Le son',
  consider: '',
  staffEventPeople: '6',
  staffEventHours: '48',
  staffPrepPeople: '3',
  staffPrepDays: '',
});

const as = <T,>(userId: string, run: () => Promise<T>) => runAsCaller({ userId }, run);

describe('bilan', () => {
  it('computes the demo figures: attendance, walk-ins, questionnaire, budget', async () => {
    const { coordinator, event } = await marseille();
    const { snapshot } = await as(coordinator.id, () => getBilanPage(event.id));
    const q = snapshot.quantitative;
    expect(q.participants).toMatchObject({ total: 32, registered: 36, walkIns: 2, objectiveMin: 30 });
    expect(q.perDay).toEqual([{ day: '2026-10-08', expected: 36, present: 32, walkIns: 2, excused: 3, noShow: 3, noShowRate: 8.3 }]);
    expect(q.halfDays).toBe(2);
    expect(q.sessionsCancelled).toBe(1);
    expect(snapshot.introduction.cancelledSessions[0]?.reason).toContain('Intervenante indisponible');
    expect(snapshot.qualitative.questionnaire).toMatchObject({ invited: 32, responses: 15 });
    expect(snapshot.qualitative.questionnaire?.selectedVerbatims).toHaveLength(2);
    expect(snapshot.financial.balance.status).toBe('equilibre');
    expect(snapshot.financial.gaps).toEqual([expect.objectContaining({ label: 'Traiteur (café et déjeuner)', explanation: expect.any(String) })]);
  });

  it('freezes a validated version: later edits change the draft, never the version', async () => {
    const { db, coordinator, event } = await marseille();
    expect((await as(coordinator.id, () => saveBilanTextsAction(texts(event.id, 0)))).ok).toBe(true);
    const validated = await as(coordinator.id, () => validateBilanAction({ eventId: event.id }));
    expect(validated).toMatchObject({ ok: true, data: { number: 1 } });
    const frozen = await db.bilanVersion.findUniqueOrThrow({ where: { eventId_number: { eventId: event.id, number: 1 } } });
    expect(frozen.validatedById).toBe(coordinator.id);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { status: true } })).status).toBe('BILAN_VALIDATED');
    const snapshot = frozen.snapshot as unknown as BilanSnapshot;
    expect(snapshot.introduction.text).toBe('Une belle rencontre.');
    expect(snapshot.qualitative.keep).toEqual(['Le tour de table', 'La démo']);
    expect(snapshot.quantitative.staff).toEqual({ eventPeople: 6, eventHours: 48, prepPeople: 3, prepDays: null });
    expect((await as(coordinator.id, () => getBilanPage(event.id))).changedSince).toBeNull();

    await db.event.update({ where: { id: event.id }, data: { title: 'Titre changé après coup' } });
    await db.budgetLine.updateMany({ where: { eventId: event.id, category: 'location' }, data: { actualCents: 99_000 } });
    expect((await as(coordinator.id, () => saveBilanTextsAction(texts(event.id, 1, 'Réécrite')))).ok).toBe(true);

    const reread = await db.bilanVersion.findUniqueOrThrow({ where: { eventId_number: { eventId: event.id, number: 1 } } });
    expect(reread.snapshot).toEqual(frozen.snapshot);
    expect((reread.snapshot as unknown as BilanSnapshot).introduction.title).toBe('Rencontre NEC — test');
    const page = await as(coordinator.id, () => getBilanPage(event.id));
    expect(page.changedSince).toBe(1);
    expect(page.snapshot.introduction.title).toBe('Titre changé après coup');
    expect(page.versions.map((v) => v.number)).toEqual([1]);
  });

  it('keeps the staff figures when the evaluation frame is saved, and a half-day override with its reason', async () => {
    const { coordinator, event } = await marseille();
    const noReason = await as(coordinator.id, () => saveBilanTextsAction({ ...texts(event.id, 0), halfDaysOverride: '3' }));
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { halfDaysReason: [expect.stringContaining('pourquoi')] } });
    const saved = await as(coordinator.id, () => saveBilanTextsAction({ ...texts(event.id, 0), halfDaysOverride: '3', halfDaysReason: 'Visites de tiers-lieux le soir' }));
    expect(saved.ok).toBe(true);
    const frame = await as(coordinator.id, () => saveEvaluationFrameAction({ eventId: event.id, version: 1, why: 'Se rencontrer', who: '', how: '', what: '', review: '' }));
    expect(frame.ok).toBe(true);
    const { snapshot, texts: stored } = await as(coordinator.id, () => getBilanPage(event.id));
    expect(stored).toMatchObject({ staffEventPeople: 6, staffEventHours: 48, staffPrepPeople: 3, halfDaysOverride: 3 });
    expect(snapshot.quantitative.staff).toEqual({ eventPeople: 6, eventHours: 48, prepPeople: 3, prepDays: null });
    expect(snapshot.quantitative).toMatchObject({ halfDays: 3, halfDaysComputed: 2, halfDaysOverrideReason: 'Visites de tiers-lieux le soir' });
  });

  it('numbers concurrent validations 1 and 2, never twice the same', async () => {
    const { db, coordinator, event } = await marseille();
    const results = await Promise.all([
      as(coordinator.id, () => validateBilanAction({ eventId: event.id })),
      as(coordinator.id, () => validateBilanAction({ eventId: event.id })),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const numbers = await db.bilanVersion.findMany({ where: { eventId: event.id }, select: { number: true }, orderBy: { number: 'asc' } });
    expect(numbers.map((row) => row.number)).toEqual([1, 2]);
  });

  it('refuses a stale edit and keeps the first one', async () => {
    const { db, coordinator, event } = await marseille();
    const first = await as(coordinator.id, () => saveEvaluationFrameAction({ eventId: event.id, version: 0, why: 'Se rencontrer', who: '', how: '', what: '', review: '' }));
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const stale = await as(coordinator.id, () => saveBilanTextsAction(texts(event.id, 0, 'Écrite en même temps')));
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    const staleUpdate = await as(coordinator.id, () => saveBilanTextsAction(texts(event.id, 7)));
    expect(staleUpdate).toMatchObject({ ok: false, code: 'conflict' });
    const row = await db.bilan.findUniqueOrThrow({ where: { eventId: event.id } });
    expect(row).toMatchObject({ version: 1, evaluationWhy: 'Se rencontrer', introduction: null });
  });

  it('writes nothing on bad input', async () => {
    const { db, coordinator, event } = await marseille();
    const result = await as(coordinator.id, () => saveBilanTextsAction({ ...texts(event.id, 0), staffEventPeople: 'six' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { staffEventPeople: [expect.any(String)] } });
    expect(await db.bilan.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('refuses an outsider, a funder, and a member who may write but not validate', async () => {
    const { db, coordinator, event } = await marseille();
    const outsider = await createUser(db);
    const funderOrg = await createOrganisation(db, { kind: 'FINANCEUR' });
    const funder = await createUser(db, { organisationId: funderOrg.id, role: 'ADMIN' });
    for (const person of [outsider, funder]) {
      expect(await as(person.id, () => validateBilanAction({ eventId: event.id }))).toMatchObject({ ok: false, code: 'not-found' });
      expect(await as(person.id, () => saveBilanTextsAction(texts(event.id, 0)))).toMatchObject({ ok: false, code: 'not-found' });
      await expect(as(person.id, () => getBilanPage(event.id))).rejects.toThrow();
    }
    const member = await createUser(db, { organisationId: coordinator.organisationId, role: 'MEMBER' });
    expect(await as(member.id, () => validateBilanAction({ eventId: event.id }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await as(member.id, () => saveBilanTextsAction(texts(event.id, 0)))).ok).toBe(true);
    expect(await as(member.id, () => getBilanPage(event.id))).toMatchObject({ canEdit: true, canValidate: false });
    expect(await db.bilanVersion.count({ where: { eventId: event.id } })).toBe(0);
  });
});
