import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GET as downloadPdf } from '@/app/(app)/diagnostic/[id]/pdf/route';
import { GET as searchTerritories } from '@/app/api/territoires/route';
import {
  createEventFromDiagnosticAction,
  overrideDiagnosticLevelAction,
  saveDiagnosticAction,
} from '@/lib/server/actions/diagnostics';
import { runAsCaller } from '@/lib/server/current-user';
import { getDiagnostic, getTerritoryHistory } from '@/lib/server/queries/diagnostics';
import { getFirstSteps } from '@/lib/server/queries/first-steps';
import { createDiagnostic, createTerritory, createUser } from '@/tests/factories';
import { testDb } from '@/tests/support/db';

type Answers = { ecosystem: 1 | 2 | 3; events: 1 | 2 | 3; engagement: 1 | 2 | 3 };
const MARSEILLE = { level: 'COMMUNE', code: '13055' } as const;

async function saveAs(userId: string, answers: Answers, territory: { level: 'COMMUNE' | 'DEPARTEMENT'; code: string } = MARSEILLE) {
  const result = await runAsCaller({ userId }, () => saveDiagnosticAction({ territory, ...answers }));
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

const pdfOf = (userId: string, id: string) =>
  runAsCaller({ userId }, () => downloadPdf(new Request(`http://localhost/diagnostic/${id}/pdf`), { params: Promise.resolve({ id }) }));

describe('saving a diagnostic', () => {
  it('gives the diagnostic kept at sign-up its territory: once saved, it no longer waits', async () => {
    const admin = await createUser(testDb(), { role: 'ADMIN' });
    await testDb().organisation.update({ where: { id: admin.organisationId }, data: { pendingDiagnostic: { ecosystem: 2, events: 2, engagement: 1 } } });
    expect(await runAsCaller({ userId: admin.id }, getFirstSteps)).toEqual({
      pendingAnswers: { ecosystem: 2, events: 2, engagement: 1 },
      hasDiagnostic: false,
    });
    await saveAs(admin.id, { ecosystem: 2, events: 2, engagement: 1 });
    expect(await runAsCaller({ userId: admin.id }, getFirstSteps)).toEqual({ pendingAnswers: null, hasDiagnostic: true });
    // A value written by hand that is not three answers is ignored, not shown.
    await testDb().organisation.update({ where: { id: admin.organisationId }, data: { pendingDiagnostic: { ecosystem: 9 } } });
    expect((await runAsCaller({ userId: admin.id }, getFirstSteps)).pendingAnswers).toBeNull();
  });

  it('computes the level on the server and takes the territory’s name from the referential', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const forged = { territory: { ...MARSEILLE, name: 'Faux nom' }, ecosystem: 1, events: 1, engagement: 3, computedLevel: 3, chosenLevel: 3 };
    const result = await runAsCaller({ userId: coordinator.id }, () => saveDiagnosticAction(forged as never));
    expect(result.ok).toBe(true);
    const row = await testDb().diagnostic.findFirstOrThrow({
      where: { organisationId: coordinator.organisationId },
      include: { territory: true },
    });
    expect(row).toMatchObject({ ecosystem: 1, events: 1, engagement: 3, computedLevel: 1, chosenLevel: null, createdById: coordinator.id });
    expect(row.territory).toMatchObject({ level: 'COMMUNE', inseeCode: '13055', name: 'Marseille' });
  });

  it('reuses the territory row and refuses a code the referential does not know', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    await saveAs(coordinator.id, { ecosystem: 2, events: 2, engagement: 2 });
    await saveAs(coordinator.id, { ecosystem: 3, events: 3, engagement: 3 });
    expect(await testDb().territory.count({ where: { level: 'COMMUNE', inseeCode: '13055' } })).toBe(1);
    const unknown = await runAsCaller({ userId: coordinator.id }, () =>
      saveDiagnosticAction({ territory: { level: 'COMMUNE', code: '99999' }, ecosystem: 1, events: 1, engagement: 1 }),
    );
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { territory: [expect.stringContaining('introuvable')] } });
  });

  it('refuses missing answers with a message per criterion, and a member (not a coordinator)', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const missing = await runAsCaller({ userId: coordinator.id }, () => saveDiagnosticAction({ territory: MARSEILLE, ecosystem: 2 } as never));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { events: [expect.any(String)], engagement: [expect.any(String)] } });
    const member = await createUser(testDb(), { organisationId: coordinator.organisationId, role: 'MEMBER' });
    const refused = await runAsCaller({ userId: member.id }, () => saveDiagnosticAction({ territory: MARSEILLE, ecosystem: 1, events: 1, engagement: 1 }));
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await testDb().diagnostic.count({ where: { organisationId: coordinator.organisationId } })).toBe(0);
  });
});

describe('overriding the level', () => {
  it('requires a reason, and writes nothing without one', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await saveAs(coordinator.id, { ecosystem: 1, events: 1, engagement: 3 });
    for (const reason of ['', '   ', 'court']) {
      const result = await runAsCaller({ userId: coordinator.id }, () => overrideDiagnosticLevelAction({ diagnosticId: id, level: 2, reason }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    }
    const same = await runAsCaller({ userId: coordinator.id }, () =>
      overrideDiagnosticLevelAction({ diagnosticId: id, level: 1, reason: 'Une justification suffisante.' }),
    );
    expect(same).toMatchObject({ ok: false, fieldErrors: { level: [expect.any(String)] } });
    expect(await testDb().diagnostic.findUniqueOrThrow({ where: { id } })).toMatchObject({ chosenLevel: null, overrideReason: null });
  });

  it('keeps the chosen level and its reason, and shows them in the result', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await saveAs(coordinator.id, { ecosystem: 1, events: 1, engagement: 3 });
    const reason = '  Le département lance un plan d’inclusion numérique.  ';
    const result = await runAsCaller({ userId: coordinator.id }, () => overrideDiagnosticLevelAction({ diagnosticId: id, level: 2, reason }));
    expect(result).toEqual({ ok: true, data: { level: 2 } });
    expect(await testDb().diagnostic.findUniqueOrThrow({ where: { id } })).toMatchObject({
      computedLevel: 1,
      chosenLevel: 2,
      overrideReason: 'Le département lance un plan d’inclusion numérique.',
    });
    const view = await runAsCaller({ userId: coordinator.id }, () => getDiagnostic(id));
    expect(view?.result).toMatchObject({ level: 2, computedLevel: 1, recommendedFormatIds: ['atelier', 'masterclass', 'demo', 'retex'] });
  });
});

describe('history of a territory', () => {
  it('lists the organisation’s diagnostics newest first, without those of other organisations', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const other = await createUser(testDb());
    const territory = await createTerritory(testDb(), { level: 'DEPARTEMENT', inseeCode: '13', name: 'Bouches-du-Rhône' });
    const base = { organisationId: coordinator.organisationId, territoryId: territory.id, createdById: coordinator.id };
    const old = await createDiagnostic(testDb(), { ...base, answers: { ecosystem: 1, events: 1, engagement: 1 }, createdAt: new Date('2025-01-10') });
    const recent = await createDiagnostic(testDb(), { ...base, answers: { ecosystem: 3, events: 3, engagement: 3 }, createdAt: new Date('2026-06-01') });
    const middle = await createDiagnostic(testDb(), {
      ...base,
      answers: { ecosystem: 2, events: 1, engagement: 2 },
      chosenLevel: 3,
      overrideReason: 'Un financement régional vient d’être voté.',
      createdAt: new Date('2025-09-15'),
    });
    await createDiagnostic(testDb(), { organisationId: other.organisationId, territoryId: territory.id, createdById: other.id });

    const history = await runAsCaller({ userId: coordinator.id }, () => getTerritoryHistory(territory.id));
    expect(history?.territory.label).toBe('Bouches-du-Rhône (département, 13)');
    expect(history?.entries.map((e) => [e.id, e.level, e.overridden])).toEqual([
      [recent.id, 3, false],
      [middle.id, 3, true],
      [old.id, 1, false],
    ]);
  });
});

describe('another organisation', () => {
  it('can neither read, nor change, nor download a diagnostic, nor start an event from it', async () => {
    const owner = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await saveAs(owner.id, { ecosystem: 2, events: 2, engagement: 2 });
    const territoryId = (await testDb().diagnostic.findUniqueOrThrow({ where: { id } })).territoryId;
    const outsider = await createUser(testDb(), { role: 'ADMIN' });
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: outsider.id, organisationId: owner.organisationId }, fn);

    expect(await as(() => getDiagnostic(id))).toBeNull();
    expect(await as(() => getTerritoryHistory(territoryId))).toBeNull();
    expect(await as(() => overrideDiagnosticLevelAction({ diagnosticId: id, level: 3, reason: 'Je ne suis pas de cette structure.' }))).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(await as(() => createEventFromDiagnosticAction({ diagnosticId: id, title: 'Intrus', startDate: '2027-03-01' }))).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect((await pdfOf(outsider.id, id)).status).toBe(404);
    expect(await testDb().diagnostic.findUniqueOrThrow({ where: { id } })).toMatchObject({ chosenLevel: null });
    expect(await testDb().event.count({ where: { diagnosticId: id } })).toBe(0);
  });
});

describe('from diagnosis to event', () => {
  it('creates a draft event of the organisation on the territory, with the retained level, objective and formats', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await saveAs(coordinator.id, { ecosystem: 3, events: 3, engagement: 2 });
    const result = await runAsCaller({ userId: coordinator.id }, () =>
      createEventFromDiagnosticAction({ diagnosticId: id, title: 'Rencontre des acteurs', startDate: '2027-03-04', endDate: '' }),
    );
    if (!result.ok) throw new Error(result.error);
    const event = await testDb().event.findUniqueOrThrow({ where: { id: result.data.eventId } });
    const diagnostic = await testDb().diagnostic.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({
      ownerOrganisationId: coordinator.organisationId,
      territoryId: diagnostic.territoryId,
      diagnosticId: id,
      status: 'DRAFT',
      level: 3,
      suggestedFormats: ['design-fiction', 'keynote', 'explorcamp'],
      startsAt: new Date('2027-03-04T08:00:00Z'),
      // The default opening hours of every new event (lib/domain/events/event-days.ts), on its one day.
      endsAt: new Date('2027-03-04T16:30:00Z'),
    });
    expect(await testDb().eventDay.count({ where: { eventId: event.id, date: '2027-03-04' } })).toBe(1);
    expect(event.objective).toContain('expertise');
    expect(event.slug).toMatch(/^rencontre-des-acteurs-[0-9a-f]{8}$/);
  });

  it('refuses an end before the start', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await saveAs(coordinator.id, { ecosystem: 1, events: 1, engagement: 1 });
    const result = await runAsCaller({ userId: coordinator.id }, () =>
      createEventFromDiagnosticAction({ diagnosticId: id, title: 'À l’envers', startDate: '2027-03-04', endDate: '2027-03-03' }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { endDate: [expect.any(String)] } });
  });
});

describe('exports and search', () => {
  it('gives a one-page PDF whose text holds the level, the retained reason and the formats', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await saveAs(coordinator.id, { ecosystem: 1, events: 2, engagement: 2 });
    await runAsCaller({ userId: coordinator.id }, () =>
      overrideDiagnosticLevelAction({ diagnosticId: id, level: 3, reason: 'Une démarche régionale déjà très avancée.' }),
    );
    const response = await pdfOf(coordinator.id, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="diagnostic-marseille-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = Buffer.from(await response.arrayBuffer());
    const info = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    expect(info.stdout).toMatch(/Pages:\s+1\n/);
    const text = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Marseille (commune, 13)');
    expect(text).toContain('Niveau retenu : 3 (au lieu de 2)');
    expect(text).toContain('Une démarche régionale déjà très avancée.');
    expect(text).toContain('Document généré par Trame le');
    for (const name of ['1. Design fiction', '2. Keynote', "3. Explor'camp"]) expect(text).toContain(name);
    expect(text).toContain('LE BOUQUET');
  });

  it('searches the referential for signed-in people only', async () => {
    const anonymous = await runAsCaller(null, () => searchTerritories(new Request('http://localhost/api/territoires?q=marseille')));
    expect(anonymous.status).toBe(401);
    const user = await createUser(testDb());
    const response = await runAsCaller({ userId: user.id }, () => searchTerritories(new Request('http://localhost/api/territoires?q=bouches%20du%20rhone')));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: { level: string; code: string; label: string }[] };
    expect(body.results[0]).toEqual({ level: 'DEPARTEMENT', code: '13', name: 'Bouches-du-Rhône', label: 'Bouches-du-Rhône (département, 13)' });
  });
});
