import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { GET as exportCsv } from '@/app/(app)/evenements/[id]/budget/export.csv/route';
import { GET as exportXlsx } from '@/app/(app)/evenements/[id]/budget/export.xlsx/route';
import { POST as importBudget } from '@/app/(app)/evenements/[id]/budget/import/route';
import { computeBalance } from '@/lib/domain/budget';
import { isFormulaLike } from '@/lib/domain/text/spreadsheet-safe';
import { deleteBudgetLineAction, saveBudgetLineAction } from '@/lib/server/actions/budget-lines';
import { addReferenceCostLinesAction, applyInternalBudgetAction } from '@/lib/server/actions/budget-suggestions';
import { runAsCaller } from '@/lib/server/current-user';
import { loadBudgetLines } from '@/lib/server/queries/budget';
import { createEvent, createOrganisation, createUser } from '@/tests/factories';
import { createBudgetLine } from '@/tests/factories/budget';
import { testDb } from '@/tests/support/db';

/** A hub that owns an event co-organised with a Mouvement associatif, and its coordinator. */
async function scene() {
  const db = testDb();
  const hub = await createUser(db, { role: 'COORDINATOR' });
  const partner = await createOrganisation(db, { name: 'Le Mouvement associatif Sud', kind: 'MOUVEMENT_ASSOCIATIF' });
  const event = await createEvent(db, { ownerOrganisationId: hub.organisationId, coOrganiserIds: [partner.id] });
  const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: hub.id }, fn);
  return { db, hub, partner, event, as };
}

/** The lines without what the database adds (id, position, version), in page order. */
async function contentOf(eventId: string) {
  const lines = await loadBudgetLines(testDb(), eventId);
  return lines
    .sort((a, b) => (a.kind === b.kind ? a.position - b.position : a.kind === 'charge' ? -1 : 1))
    .map((line) => Object.fromEntries(Object.entries(line).filter(([key]) => !['id', 'position', 'version'].includes(key))));
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

function importRequest(eventId: string, file: File, step: 'preview' | 'confirm' = 'confirm', mode = 'append') {
  const body = new FormData();
  body.set('step', step);
  body.set('mode', mode);
  body.set('file', file);
  return importBudget(
    new Request(`http://localhost/evenements/${eventId}/budget/import`, { method: 'POST', body, headers: { origin: 'http://localhost' } }),
    params(eventId),
  );
}

const HEADER = 'Type;Catégorie;Sous-catégorie;Libellé;Prévisionnel (€);Réalisé (€);Co-organisateur (payeur ou bénéficiaire);Financeur;Type de financeur';

describe('budget lines', () => {
  it('creates, updates with a version check and deletes a line, each in a transaction', async () => {
    const { db, hub, event, as } = await scene();
    const created = await as(() =>
      saveBudgetLineAction({ eventId: event.id, kind: 'charge', category: 'achats', subCategory: 'restauration', label: 'Déjeuner', forecast: '1 234,56', organisationId: hub.organisationId }),
    );
    expect(created).toMatchObject({ ok: true, data: { version: 1, label: 'Déjeuner' } });
    if (!created.ok) return;
    expect(await db.budgetLine.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({
      kind: 'CHARGE', forecastCents: 123456, actualCents: null, payerOrganisationId: hub.organisationId, position: 0,
    });

    const updated = await as(() =>
      saveBudgetLineAction({ eventId: event.id, lineId: created.data.id, version: 1, kind: 'charge', category: 'achats', label: 'Déjeuner', forecast: '1 234,56', actual: '1 300' }),
    );
    expect(updated).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db.budgetLine.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ actualCents: 130000, version: 2 });

    const stale = await as(() =>
      saveBudgetLineAction({ eventId: event.id, lineId: created.data.id, version: 1, kind: 'charge', category: 'achats', label: 'Écrasé', forecast: '1' }),
    );
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.budgetLine.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ label: 'Déjeuner', version: 2 });

    expect(await as(() => deleteBudgetLineAction({ eventId: event.id, lineId: created.data.id }))).toMatchObject({ ok: true });
    expect(await db.budgetLine.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('writes nothing on bad input, with French messages beside the fields', async () => {
    const { db, event, as } = await scene();
    const stranger = await createOrganisation(db);
    const bad = await as(() => saveBudgetLineAction({ eventId: event.id, kind: 'produit', category: 'subvention', label: 'Subvention', forecast: '12,345' }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { forecast: [expect.stringContaining('deux chiffres après la virgule')] } });
    const noFunder = await as(() => saveBudgetLineAction({ eventId: event.id, kind: 'produit', category: 'subvention', label: 'Subvention', forecast: '100' }));
    expect(noFunder).toMatchObject({ ok: false, fieldErrors: { funderName: ['Indiquez le financeur de cette subvention.'] } });
    const notOrganiser = await as(() =>
      saveBudgetLineAction({ eventId: event.id, kind: 'charge', category: 'achats', label: 'Repas', forecast: '100', organisationId: stranger.id }),
    );
    expect(notOrganiser).toMatchObject({ ok: false, fieldErrors: { organisationId: ['Choisissez un co-organisateur de l’événement.'] } });
    const overrun = await as(() => saveBudgetLineAction({ eventId: event.id, kind: 'charge', category: 'achats', label: 'Repas', forecast: '100', actual: '120' }));
    expect(overrun).toMatchObject({ ok: false, fieldErrors: { explanation: [expect.stringContaining('dépasse 15 %')] } });
    expect(await db.budgetLine.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('never lets a funder organisation edit, even when it is listed on the event', async () => {
    const { db, event } = await scene();
    const funder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR' } });
    await db.eventCoOrganiser.create({ data: { eventId: event.id, organisationId: funder.organisationId, status: 'ACCEPTED' } });
    const result = await runAsCaller({ userId: funder.id }, () =>
      saveBudgetLineAction({ eventId: event.id, kind: 'charge', category: 'achats', label: 'Repas', forecast: '100' }),
    );
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.budgetLine.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe('budget suggestions', () => {
  it('applies the budget interne suggestions in one go and the budget balances to zero', async () => {
    const { db, hub, partner, event, as } = await scene();
    await createBudgetLine(db, { eventId: event.id, label: 'Déjeuner', forecastCents: 150000, actualCents: 180000, explanation: 'Plus de monde', payerOrganisationId: hub.organisationId });
    await createBudgetLine(db, { eventId: event.id, label: 'Salle', category: 'location', forecastCents: 80000, actualCents: 80000, payerOrganisationId: partner.id });
    await createBudgetLine(db, {
      eventId: event.id, kind: 'PRODUIT', category: 'subvention', label: 'Région', forecastCents: 100000, actualCents: 100000,
      funderName: 'Région Sud', funderType: 'region', receiverOrganisationId: hub.organisationId,
    });
    expect(await as(() => applyInternalBudgetAction({ eventId: event.id }))).toMatchObject({ ok: true, data: { changed: 2 } });

    const lines = await loadBudgetLines(db, event.id);
    const internal = lines.filter((line) => line.category === 'budget-interne');
    expect(internal.map((line) => [line.receiverOrganisationId, line.forecastCents, line.actualCents, line.label])).toEqual(
      expect.arrayContaining([
        [hub.organisationId, 50000, 80000, expect.stringMatching(/^Budget interne — /)],
        [partner.id, 80000, 80000, 'Budget interne — Le Mouvement associatif Sud'],
      ]),
    );
    expect(internal.find((line) => line.receiverOrganisationId === hub.organisationId)?.explanation).toMatch(/^Budget interne calculé/);
    expect(internal.find((line) => line.receiverOrganisationId === partner.id)?.explanation).toBeNull();
    const balance = computeBalance(lines);
    expect(balance.forecast.differenceCents).toBe(0);
    expect(balance.actual.differenceCents).toBe(0);
    expect(await as(() => applyInternalBudgetAction({ eventId: event.id }))).toMatchObject({ ok: true, data: { changed: 0 } });
    expect(await db.budgetLine.count({ where: { eventId: event.id } })).toBe(5);
  });

  it('adds the chosen reference costs scaled to the participants', async () => {
    const { db, hub, event, as } = await scene();
    const result = await as(() =>
      addReferenceCostLinesAction({ eventId: event.id, participants: 80, referenceIds: ['repas', 'flyers'], payerOrganisationId: hub.organisationId }),
    );
    expect(result).toMatchObject({ ok: true, data: { created: 2 } });
    const rows = await db.budgetLine.findMany({ where: { eventId: event.id }, orderBy: { position: 'asc' } });
    expect(rows.map((r) => [r.label, r.forecastCents, r.quantityHundredths, r.payerOrganisationId])).toEqual([
      ['Repas (80 personnes)', 200000, 8000, hub.organisationId],
      ['Impression de flyers (500 exemplaires)', 5000, 100, hub.organisationId],
    ]);
  });

  it('never adds a reference cost twice, even on a double click', async () => {
    const { db, event, as } = await scene();
    const add = (referenceIds: Array<'repas' | 'flyers' | 'accueil-cafe'>, participants = 80) =>
      as(() => addReferenceCostLinesAction({ eventId: event.id, participants, referenceIds, payerOrganisationId: '' }));
    const both = await Promise.all([add(['repas', 'flyers']), add(['repas', 'flyers'])]);
    expect(both.map((r) => (r.ok ? r.data.created : -1)).sort()).toEqual([0, 2]);
    expect(both.find((r) => r.ok && r.data.created === 0)).toMatchObject({ data: { skipped: ['repas', 'flyers'] } });
    // Another number of participants is still the same meal; the coffee is new.
    expect(await add(['repas', 'accueil-cafe'], 120)).toMatchObject({ ok: true, data: { created: 1, skipped: ['repas'] } });
    const labels = (await db.budgetLine.findMany({ where: { eventId: event.id }, orderBy: { position: 'asc' } })).map((r) => r.label);
    expect(labels).toEqual(['Repas (80 personnes)', 'Impression de flyers (500 exemplaires)', 'Accueil café (120 personnes)']);
  });
});

describe('budget import', () => {
  it('reports every invalid row with its line number and writes nothing', async () => {
    const { db, event, as } = await scene();
    const csv = [HEADER, 'Charge;Achats;;Repas;100,00;;;;', 'Charge;Achats;;Repas;douze;;;;', 'Charge;Inconnue;;Café;10;;;;', 'Produit;Subvention;;Aide;500;;;;'].join('\r\n');
    const response = await as(() => importRequest(event.id, new File([csv], 'budget.csv')));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error).toBe('3 lignes à corriger dans le fichier : rien n’a été importé.');
    expect(body.problems.map((p: { line: number }) => p.line)).toEqual([3, 4, 5]);
    expect(body.problems[0].messages[0]).toMatch(/^« Prévisionnel \(€\) » : Saisissez un montant en euros/);
    expect(body.problems[1].messages[0]).toBe('« Catégorie » : catégorie inconnue pour une charge : « Inconnue ».');
    expect(body.problems[2].messages).toContain('« Financeur » : Indiquez le financeur de cette subvention.');
    expect(await db.budgetLine.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('reads a Windows-1252 CSV separated by semicolons, accents included', async () => {
    const { db, partner, event, as } = await scene();
    const csv = [HEADER, `Charge;Déplacements et frais de mission;Hébergement;Nuitée à l’hôtel Bellevue;1 250,50;;${partner.name};;`, 'Produit;Subvention;;Aide régionale;2000;;;Région Sud;Région'].join('\r\n');
    const file = new File([new Uint8Array(iconv.encode(csv, 'windows-1252'))], 'budget-excel.csv', { type: 'text/csv' });
    const preview = await as(() => importRequest(event.id, file, 'preview'));
    expect(preview.status).toBe(200);
    expect(await db.budgetLine.count({ where: { eventId: event.id } })).toBe(0);
    const response = await as(() => importRequest(event.id, file));
    expect(await response.json()).toEqual({ ok: true, count: 2 });
    const rows = await db.budgetLine.findMany({ where: { eventId: event.id }, orderBy: { position: 'asc' } });
    expect(rows.map((r) => [r.category, r.subCategory, r.label, r.forecastCents, r.payerOrganisationId, r.funderType])).toEqual([
      ['deplacements', 'hebergement', 'Nuitée à l’hôtel Bellevue', 125050, partner.id, null],
      ['subvention', null, 'Aide régionale', 200000, null, 'region'],
    ]);
  });

  it('refuses files of another type, too big, or posted from another site', async () => {
    const { event, as } = await scene();
    const text = await as(() => importRequest(event.id, new File(['x'], 'budget.txt')));
    expect(await text.json()).toMatchObject({ ok: false, error: 'Choisissez un fichier .csv ou .xlsx.' });
    const big = await as(() => importRequest(event.id, new File([new Uint8Array(2 * 1024 * 1024 + 1).fill(65)], 'budget.csv')));
    expect(await big.json()).toMatchObject({ error: expect.stringContaining('dépasse 2 Mo') });
    const body = new FormData();
    body.set('step', 'confirm');
    body.set('mode', 'append');
    body.set('file', new File([HEADER], 'budget.csv'));
    const crossSite = await as(() =>
      importBudget(new Request('http://localhost/x', { method: 'POST', body, headers: { origin: 'https://ailleurs.example' } }), params(event.id)),
    );
    expect(crossSite.status).toBe(403);
  });
});

/** A budget that uses every column: personnel, in kind, subsidy, quantities, a formula-like label. */
async function fullBudget(eventId: string, hubId: string, partnerId: string) {
  const db = testDb();
  await createBudgetLine(db, {
    eventId, label: '=HYPERLINK("http://pirate.example";"Cliquez")', subCategory: 'restauration', forecastCents: 200000, actualCents: 240000,
    explanation: 'Quarante personnes de plus', payerOrganisationId: hubId, quantityHundredths: 8000, unitPriceCents: 2500,
    supplier: '@Traiteur', paymentReference: '-2027-014', paymentMonth: '2027-02', note: 'Ligne 1\nLigne 2 ; avec "guillemets"',
  });
  await createBudgetLine(db, {
    eventId, category: 'personnel', label: 'Coordination', forecastCents: 83333, actualCents: 83333, payerOrganisationId: partnerId,
    personnelDaysHundredths: 250, personnelDailyCostCents: 33333, personnelWho: 'Chargée de mission',
  });
  await createBudgetLine(db, { eventId, category: 'contributions-en-nature', subCategory: 'benevolat', inKind: true, label: 'Bénévoles', forecastCents: 40000, personnelDaysHundredths: 200, personnelDailyCostCents: 20000, personnelWho: 'Bénévoles' });
  await createBudgetLine(db, { eventId, kind: 'PRODUIT', category: 'contributions-en-nature', subCategory: 'prestations-en-nature', inKind: true, label: 'Salle prêtée', forecastCents: 40000, receiverOrganisationId: partnerId });
  await createBudgetLine(db, {
    eventId, kind: 'PRODUIT', category: 'subvention', label: "'Aide ANCT", forecastCents: 150000, actualCents: 150000,
    funderName: 'ANCT', funderType: 'etat', receiverOrganisationId: hubId, paymentReference: 'M-7',
  });
}

describe('budget export', () => {
  it('round-trips through CSV: export, import into another event, identical lines', async () => {
    const { db, hub, partner, event, as } = await scene();
    await fullBudget(event.id, hub.organisationId, partner.id);
    const response = await as(() => exportCsv(new Request('http://localhost/export.csv'), params(event.id)));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^Type;Catégorie;Sous-catégorie;Libellé;Prévisionnel \(€\);Réalisé \(€\);/);
    expect(text).toContain(';2000,00;2400,00;');
    const cells = Papa.parse<string[]>(text, { delimiter: ';' }).data.flat();
    expect(cells).toContain(`'=HYPERLINK("http://pirate.example";"Cliquez")`);
    expect(cells).toContain("'@Traiteur");
    expect(cells.filter((cell) => isFormulaLike(cell))).toEqual([]);

    const other = await createEvent(db, { ownerOrganisationId: hub.organisationId, coOrganiserIds: [partner.id] });
    const imported = await as(() => importRequest(other.id, new File([bytes], 'budget.csv')));
    expect(await imported.json()).toEqual({ ok: true, count: 5 });
    expect(await contentOf(other.id)).toEqual(await contentOf(event.id));

    const replaced = await as(() => importRequest(event.id, new File([bytes], 'budget.csv'), 'confirm', 'replace'));
    expect(await replaced.json()).toEqual({ ok: true, count: 5 });
    expect(await db.budgetLine.count({ where: { eventId: event.id } })).toBe(5);
    expect(await contentOf(event.id)).toEqual(await contentOf(other.id));
  });

  it('round-trips through XLSX, with euro amounts as numbers and formula-safe text cells', async () => {
    const { db, hub, partner, event, as } = await scene();
    await fullBudget(event.id, hub.organisationId, partner.id);
    const response = await as(() => exportXlsx(new Request('http://localhost/export.xlsx'), params(event.id)));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Charges', 'Produits', 'Synthèse']);
    const charges = workbook.getWorksheet('Charges')!;
    const first = charges.getRow(2);
    expect(first.getCell(4).value).toBe(`'=HYPERLINK("http://pirate.example";"Cliquez")`);
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(5).value).toBe(2000);
    expect(first.getCell(5).numFmt).toContain('€');
    expect(first.getCell(9).value).toBe("'@Traiteur");
    const produits = workbook.getWorksheet('Produits')!;
    expect(produits.getRow(3).getCell(4).value).toBe("''Aide ANCT");

    const other = await createEvent(db, { ownerOrganisationId: hub.organisationId, coOrganiserIds: [partner.id] });
    const imported = await as(() => importRequest(other.id, new File([bytes], 'budget.xlsx')));
    expect(await imported.json()).toEqual({ ok: true, count: 5 });
    expect(await contentOf(other.id)).toEqual(await contentOf(event.id));
  });
});
