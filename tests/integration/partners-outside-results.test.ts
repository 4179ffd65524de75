// Issue 15.13 (co-organisers not on Trame) and 15.15 (results gathered outside Trame), against the real database.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { POST as importOutside } from '@/app/(app)/evenements/[id]/bilan/hors-trame/import/route';
import { saveBudgetLineAction } from '@/lib/server/actions/budget-lines';
import { answerCoOrganiserInvitationAction, linkOutsideCoOrganiserAction } from '@/lib/server/actions/co-organisers';
import { createEventAction, updateEventAction } from '@/lib/server/actions/events';
import { createOrganisationAction } from '@/lib/server/actions/organisations';
import { deleteOutsideResultAction, saveOutsideResultAction } from '@/lib/server/actions/outside-results';
import { runAsCaller } from '@/lib/server/current-user';
import { findTrameMatches } from '@/lib/server/events/outside-co-organisers';
import { bilanOutsideCsv } from '@/lib/server/exports/bilan-csv';
import { renderBilanPdf } from '@/lib/server/exports/bilan-pdf';
import { bilanXlsx, OUTSIDE_SHEET } from '@/lib/server/exports/bilan-xlsx';
import { getBilanPage } from '@/lib/server/queries/bilan';
import { getEventFormStart } from '@/lib/server/queries/event-form';
import { getEventOverview } from '@/lib/server/queries/event-record';
import { buildSiret, createEvent, createOrganisation, createUser } from '@/tests/factories';
import { buildEventInput } from '@/tests/factories/events';
import { defaultQuestions } from '@/lib/domain/questionnaire/defaults';
import { testDb } from '@/tests/support/db';

const as = <T>(userId: string, fn: () => Promise<T>) => runAsCaller({ userId }, fn);
const ok = <T>(result: { ok: true; data: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.data;
};

describe('co-organisers not on Trame', () => {
  it('are named with an optional SIRET, kept by id when renamed, shown on the overview and in the bilan, and can receive a budget interne', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const siret = buildSiret();
    const { eventId } = ok(
      await as(coordinator.id, () =>
        createEventAction(buildEventInput({ outsideCoOrganisers: [{ id: '', name: 'Hub du Sud', siret: siret.replace(/(\d{3})/, '$1 ') }, { id: '', name: 'Médiathèque de Lure', siret: '' }] })),
      ),
    );
    const rows = await testDb().outsideCoOrganiser.findMany({ where: { eventId }, orderBy: { position: 'asc' } });
    expect(rows.map((r) => [r.name, r.siret])).toEqual([
      ['Hub du Sud', siret],
      ['Médiathèque de Lure', null],
    ]);

    const start = await as(coordinator.id, () => getEventFormStart(eventId));
    expect(start.values.outsideCoOrganisers).toEqual([
      { id: rows[0]!.id, name: 'Hub du Sud', siret },
      { id: rows[1]!.id, name: 'Médiathèque de Lure', siret: '' },
    ]);

    // A produit « budget interne » received by the outside co-organiser.
    ok(
      await as(coordinator.id, () =>
        saveBudgetLineAction({ eventId, kind: 'produit', category: 'budget-interne', label: 'Budget interne Hub du Sud', forecast: '1500', actual: '1500', organisationId: rows[0]!.id }),
      ),
    );

    // Renamed in the form: same row, the budget line follows.
    ok(
      await as(coordinator.id, () =>
        updateEventAction({ ...start.values, eventId, outsideCoOrganisers: [{ id: rows[0]!.id, name: 'Hub numérique du Sud', siret }, start.values.outsideCoOrganisers![1]!] }),
      ),
    );
    expect((await testDb().outsideCoOrganiser.findUniqueOrThrow({ where: { id: rows[0]!.id } })).name).toBe('Hub numérique du Sud');

    const record = await as(coordinator.id, () => getEventOverview(eventId));
    expect(record.coOrganisers).toEqual(['Hub numérique du Sud (hors Trame)', 'Médiathèque de Lure (hors Trame)']);

    const { snapshot } = await as(coordinator.id, () => getBilanPage(eventId));
    expect(snapshot.introduction.organisers.filter((o) => o.outsideTrame).map((o) => o.name)).toEqual(['Hub numérique du Sud', 'Médiathèque de Lure']);
    const internal = snapshot.financial.produitsBySource?.find((group) => group.category === 'budget-interne');
    expect(internal?.lines).toEqual([expect.objectContaining({ label: 'Budget interne Hub du Sud', source: 'Hub numérique du Sud', actualCents: 150_000 })]);

    // Removed from the form: its line is left without receiver rather than pointing at nothing.
    ok(await as(coordinator.id, () => updateEventAction({ ...start.values, eventId, outsideCoOrganisers: [start.values.outsideCoOrganisers![1]!] })));
    expect(await testDb().outsideCoOrganiser.count({ where: { eventId } })).toBe(1);
    expect((await testDb().budgetLine.findFirstOrThrow({ where: { eventId } })).receiverOrganisationId).toBeNull();
  });

  it('refuses an invalid SIRET and a name given twice, in French, writing nothing', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const events = await testDb().event.count();
    const badSiret = await as(coordinator.id, () => createEventAction(buildEventInput({ outsideCoOrganisers: [{ id: '', name: 'Hub du Nord', siret: '12345678901234' }] })));
    expect(badSiret).toMatchObject({ ok: false, fieldErrors: { outsideCoOrganisers: ['Ce SIRET n’existe pas : vérifiez-le sur l’avis de situation INSEE.'] } });
    const twice = await as(coordinator.id, () =>
      createEventAction(buildEventInput({ outsideCoOrganisers: [{ id: '', name: 'Hub du Nord', siret: '' }, { id: '', name: 'hub du nord', siret: '' }] })),
    );
    expect(twice).toMatchObject({ ok: false, fieldErrors: { outsideCoOrganisers: ['Chaque structure hors Trame n’est nommée qu’une fois.'] } });
    expect(await testDb().event.count()).toBe(events);
  });

  it('says, for a Trame name not found, that it can be added as a co-organiser not on Trame', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const result = await as(coordinator.id, () => createEventAction(buildEventInput({ coOrganiserNames: 'Structure inconnue de Trame' })));
    expect(result).toMatchObject({ ok: false, fieldErrors: { coOrganiserNames: [expect.stringContaining('co-organisateur hors Trame')] } });
  });

  it('is linked, once it has joined Trame with the same SIRET, to that organisation: invited, and taken over when it accepts', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const siret = buildSiret();
    const { eventId } = ok(await as(coordinator.id, () => createEventAction(buildEventInput({ outsideCoOrganisers: [{ id: '', name: 'Tiers-lieu Les Forges', siret }] }))));
    const outside = await testDb().outsideCoOrganiser.findFirstOrThrow({ where: { eventId } });
    await testDb().budgetLine.create({
      data: { eventId, kind: 'CHARGE', category: 'achats', label: 'Traiteur', forecastCents: 80_000, payerOrganisationId: outside.id },
    });
    const joined = await createOrganisation(testDb(), { name: 'Les Forges (tiers-lieu)', siret });
    const joinedAdmin = await createUser(testDb(), { organisationId: joined.id, role: 'ADMIN' });
    const stranger = await createOrganisation(testDb(), { name: 'Autre structure' });

    const matches = await findTrameMatches(testDb(), eventId);
    expect(matches).toEqual([{ outsideId: outside.id, organisationId: joined.id, organisationName: 'Les Forges (tiers-lieu)', bySiret: true }]);

    const refused = await as(coordinator.id, () => linkOutsideCoOrganiserAction({ eventId, outsideId: outside.id, organisationId: stranger.id }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { organisationId: [expect.stringContaining('ni le SIRET ni le nom')] } });
    expect(await testDb().eventCoOrganiser.count({ where: { eventId } })).toBe(0);

    expect(ok(await as(coordinator.id, () => linkOutsideCoOrganiserAction({ eventId, outsideId: outside.id, organisationId: joined.id })))).toEqual({
      organisationId: joined.id,
      status: 'PENDING',
    });
    expect(await testDb().eventCoOrganiser.findMany({ where: { eventId }, select: { organisationId: true, status: true } })).toEqual([
      { organisationId: joined.id, status: 'PENDING' },
    ]);
    // Until it answers, the partner stays named as before (bilan, budget), and the overview says the invitation.
    expect((await testDb().outsideCoOrganiser.findUniqueOrThrow({ where: { id: outside.id } })).invitedOrganisationId).toBe(joined.id);
    expect((await testDb().budgetLine.findFirstOrThrow({ where: { eventId } })).payerOrganisationId).toBe(outside.id);
    expect((await as(coordinator.id, () => getEventOverview(eventId))).coOrganisers).toEqual(['Les Forges (tiers-lieu) (invitation en attente)']);
    expect(await findTrameMatches(testDb(), eventId)).toEqual([]);

    ok(await runAsCaller({ userId: joinedAdmin.id, organisationId: joined.id }, () => answerCoOrganiserInvitationAction({ eventId, organisationId: joined.id, accept: true })));
    expect(await testDb().outsideCoOrganiser.count({ where: { eventId } })).toBe(0);
    expect((await testDb().budgetLine.findFirstOrThrow({ where: { eventId } })).payerOrganisationId).toBe(joined.id);
    const { snapshot } = await as(coordinator.id, () => getBilanPage(eventId));
    expect(snapshot.introduction.organisers.map((o) => [o.name, o.role, o.outsideTrame ?? false])).toContainEqual(['Les Forges (tiers-lieu)', 'co-organiser', false]);
  });

  it('stays a co-organiser not on Trame when the linked organisation declines', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const { eventId } = ok(await as(coordinator.id, () => createEventAction(buildEventInput({ outsideCoOrganisers: [{ id: '', name: 'Centre social Agora', siret: '' }] }))));
    const outside = await testDb().outsideCoOrganiser.findFirstOrThrow({ where: { eventId } });
    const joined = await createOrganisation(testDb(), { name: 'centre social agora' });
    const joinedAdmin = await createUser(testDb(), { organisationId: joined.id, role: 'ADMIN' });
    ok(await as(coordinator.id, () => linkOutsideCoOrganiserAction({ eventId, outsideId: outside.id, organisationId: joined.id })));
    ok(await runAsCaller({ userId: joinedAdmin.id, organisationId: joined.id }, () => answerCoOrganiserInvitationAction({ eventId, organisationId: joined.id, accept: false })));
    expect((await testDb().outsideCoOrganiser.findUniqueOrThrow({ where: { id: outside.id } })).invitedOrganisationId).toBeNull();
    expect((await as(coordinator.id, () => getEventOverview(eventId))).coOrganisers).toEqual(['Centre social Agora (hors Trame)', 'centre social agora (invitation déclinée)']);
    // Declined: not offered again (no repeated asking), like any declined invitation.
    expect(await findTrameMatches(testDb(), eventId)).toEqual([]);
  });
});

describe('creating an organisation', () => {
  it('keeps the current organisation (no silent switch)', async () => {
    const coordinator = await createUser(testDb(), { role: 'ADMIN' });
    const created = ok(await as(coordinator.id, () => createOrganisationAction({ organisationName: 'Nouvelle structure', organisationKind: 'HUB', siret: '' })));
    expect(created.name).toBe('Nouvelle structure');
    expect(await testDb().membership.count({ where: { userId: coordinator.id, organisationId: created.organisationId, role: 'ADMIN' } })).toBe(1);
    // The cookie that names the current organisation is no longer set by the creation (lib/server/actions/organisations.ts);
    // outside a request it never is, so this test checks the membership and the answer the page uses to offer the switch.
  });
});

function answersRequest(eventId: string, file: File, sourceLabel = 'questionnaire papier') {
  const body = new FormData();
  body.set('sourceLabel', sourceLabel);
  body.set('file', file);
  return new Request(`http://localhost/evenements/${eventId}/bilan/hors-trame/import`, { method: 'POST', body, headers: { origin: 'http://localhost' } });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const csvFile = (text: string, name = 'reponses.csv') => new File([text], name, { type: 'text/csv' });

function pdfTextOf(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bilan-')), 'bilan.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

describe('results gathered outside Trame', () => {
  async function setUp() {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const event = await createEvent(testDb(), { ownerOrganisationId: coordinator.organisationId, status: 'DONE' });
    return { coordinator, eventId: event.id };
  }

  it('imports a file of answers (one row per respondent) as one source, marked outside Trame in the bilan, PDF, XLSX and CSV', async () => {
    const { coordinator, eventId } = await setUp();
    const csv = [
      'Horodateur;Globalement, êtes-vous satisfait·e de cet événement ?;Accueil;Avis à chaud;Consentement;Prénom',
      '12/03/2026 10:00;5;4;Une journée très riche;oui;Awa',
      '12/03/2026 10:05;4;5;À refaire;non;Paul',
      '12/03/2026 10:07;3;;;;',
    ].join('\r\n');
    const response = await as(coordinator.id, () => importOutside(answersRequest(eventId, csvFile(csv)), params(eventId)));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, responseCount: 3, scores: 2, quotes: 1, ignoredColumns: ['Horodateur'] });

    ok(
      await as(coordinator.id, () =>
        saveOutsideResultAction({
          eventId,
          resultId: '',
          sourceLabel: 'formulaire en ligne externe',
          responseCount: '10',
          scores: [{ questionId: 'overall', label: 'Satisfaction globale', answers: '10', average: '4,6' }],
          quotes: 'Bravo à l’équipe — Inès',
          quotesConsented: true,
        }),
      ),
    );

    const { snapshot } = await as(coordinator.id, () => getBilanPage(eventId));
    const outside = snapshot.qualitative.outside!;
    expect(snapshot.snapshotVersion).toBe(4);
    expect(outside.responses).toEqual({ trame: 0, outside: 13, total: 13 });
    // No Trame questionnaire: the paper « Globalement… » (3 answers, 4) and the typed overall (10 answers, 4.6) combine by rule only
    // when they are the same question; the typed one names a Trame question, the imported one matches its label.
    expect(outside.scores.map((s) => [s.label, s.outside, s.combined])).toEqual([
      ['Globalement, êtes-vous satisfait·e de cet événement ?', { answers: 3, average: 4 }, { answers: 3, average: 4 }],
      ['Accueil', { answers: 2, average: 4.5 }, { answers: 2, average: 4.5 }],
      ['Satisfaction globale', { answers: 10, average: 4.6 }, { answers: 10, average: 4.6 }],
    ]);
    expect(outside.sources.flatMap((s) => s.quotes)).toEqual([
      { text: 'Une journée très riche', author: 'Awa' },
      { text: 'Bravo à l’équipe', author: 'Inès' },
    ]);

    const text = pdfTextOf(await renderBilanPdf(snapshot, { versionNumber: 1, validatedAt: new Date('2026-04-01T10:00:00Z'), logos: [] }));
    expect(text).toContain('Résultats recueillis hors Trame');
    expect(text).toContain('questionnaire papier (3 réponses, importées du fichier reponses.csv)');
    expect(text).toContain('formulaire en ligne externe (10 réponses, saisies à la main)');
    expect(text).toMatch(/Une journée très riche » — Awa \(questionnaire papier, recueilli hors Trame\)/);
    expect(text).not.toContain('À refaire');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bilanXlsx(snapshot, { number: 1, validatedAt: new Date() })) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(OUTSIDE_SHEET)!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.[0]).toBe('Résultats recueillis hors Trame');
    expect(rows).toContainEqual(['Réponses recueillies hors Trame', 13]);
    expect(rows).toContainEqual(['Accueil', null, null, 2, 4.5, 2, 4.5].map((v) => (v === null ? undefined : v)));

    const csvOut = bilanOutsideCsv(snapshot);
    expect(csvOut).toContain('Réponses;recueilli hors Trame : questionnaire papier;3;');
    expect(csvOut).toContain('Accueil;recueilli hors Trame;2;4,5');
    expect(csvOut).toContain('Citation;recueilli hors Trame : questionnaire papier;Awa;Une journée très riche');
  });

  it('refuses a malformed file in French, with its lines, and writes nothing', async () => {
    const { coordinator, eventId } = await setUp();
    const csv = ['Note globale;Citation;Accord', '7;Bien;oui', '4;Moyen;peut-être'].join('\r\n');
    const response = await as(coordinator.id, () => importOutside(answersRequest(eventId, csvFile(csv)), params(eventId)));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      ok: false,
      error: '2 erreurs dans le fichier : rien n’a été importé.',
      problems: [
        { line: 2, message: 'Colonne « Note globale » : « 7 » n’est pas une note entière de 1 à 5.' },
        { line: 3, message: 'Accord de citer illisible (« peut-être ») : écrivez « oui » ou « non ».' },
      ],
    });
    const notAFile = await as(coordinator.id, () => importOutside(answersRequest(eventId, new File([new Uint8Array([0x50, 0x4b, 3, 4, 0])], 'reponses.xlsx')), params(eventId)));
    expect(notAFile.status).toBe(422);
    expect((await notAFile.json()).error).toMatch(/illisible/);
    const empty = await as(coordinator.id, () => importOutside(answersRequest(eventId, csvFile('Note\r\n')), params(eventId)));
    expect((await empty.json()).problems).toEqual([{ line: 1, message: 'Ce fichier ne contient aucune réponse sous sa ligne d’en-tête.' }]);
    expect(await testDb().outsideResult.count({ where: { eventId } })).toBe(0);
  });

  it('needs consent for typed quotes, checks averages, and edits or deletes a source', async () => {
    const { coordinator, eventId } = await setUp();
    const input = {
      eventId,
      resultId: '',
      sourceLabel: 'questionnaire papier',
      responseCount: '5',
      scores: [{ questionId: '', label: 'Accueil', answers: '6', average: '5,5' }],
      quotes: 'Super',
      quotesConsented: false,
    };
    const refused = await as(coordinator.id, () => saveOutsideResultAction(input));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: {
        // The form shows each beside its field (scores.0.average, scores.0.answers); the action answers by top-level field.
        scores: ['Moyenne de 1 à 5 (ex. 4,3).', 'Plus de réponses à cette question que de réponses recueillies.'],
        quotesConsented: [expect.stringContaining('accord de son auteur·rice')],
      },
    });
    expect(await testDb().outsideResult.count({ where: { eventId } })).toBe(0);

    const { resultId } = ok(await as(coordinator.id, () => saveOutsideResultAction({ ...input, scores: [{ questionId: '', label: 'Accueil', answers: '5', average: '4,25' }], quotesConsented: true })));
    ok(await as(coordinator.id, () => saveOutsideResultAction({ ...input, resultId, responseCount: '8', scores: [], quotes: '' })));
    const row = await testDb().outsideResult.findUniqueOrThrow({ where: { id: resultId } });
    expect([row.responseCount, row.scores, row.quotes]).toEqual([8, [], []]);
    ok(await as(coordinator.id, () => deleteOutsideResultAction({ eventId, resultId })));
    expect(await testDb().outsideResult.count({ where: { eventId } })).toBe(0);
  });

  it('shows Trame’s answers, the outside ones and the combined figure weighted by answers when both exist', async () => {
    const { coordinator, eventId } = await setUp();
    const questionnaire = await testDb().questionnaire.create({ data: { eventId, questions: defaultQuestions(), sendOn: '2026-06-14' } });
    // Trame: 4 answers to « overall », average 4,5.
    for (const overall of [5, 5, 4, 4]) {
      await testDb().questionnaireResponse.create({ data: { questionnaireId: questionnaire.id, answers: { overall }, submittedOn: '2026-06-15' } });
    }
    // Paper: 6 answers to the same question (matched by its label), average 3,5 (3,3,4,4,3,4).
    const csv = ['Globalement, êtes-vous satisfait·e de cet événement ?', '3', '3', '4', '4', '3', '4'].join('\r\n');
    expect((await as(coordinator.id, () => importOutside(answersRequest(eventId, csvFile(csv)), params(eventId)))).status).toBe(200);

    const { snapshot } = await as(coordinator.id, () => getBilanPage(eventId));
    const outside = snapshot.qualitative.outside!;
    expect(outside.responses).toEqual({ trame: 4, outside: 6, total: 10 });
    // (4,5 × 4 + 3,5 × 6) ÷ 10 = 3,9
    expect(outside.scores).toEqual([
      {
        key: 'overall',
        label: 'Globalement, êtes-vous satisfait·e de cet événement ?',
        trame: { answers: 4, average: 4.5 },
        outside: { answers: 6, average: 3.5 },
        combined: { answers: 10, average: 3.9 },
      },
    ]);
    // Trame's own figure is left as it is: the combined one is beside it, never in its place.
    expect(snapshot.qualitative.questionnaire?.overallSatisfaction).toBe(4.5);
  });
});
