import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { validateBilanAction } from '@/lib/server/actions/bilan';
import { runAsCaller } from '@/lib/server/current-user';
import { bilanBudgetCsv, bilanCerfaCsv } from '@/lib/server/exports/bilan-csv';
import { renderBilanPdf } from '@/lib/server/exports/bilan-pdf';
import { BILAN_SHEETS, EXPENSE_HEADERS, bilanXlsx } from '@/lib/server/exports/bilan-xlsx';
import { getBilanPage } from '@/lib/server/queries/bilan';
import { getBudget } from '@/lib/server/queries/budget';
import { createOrganisation, createUser } from '@/tests/factories';
import { REGIONAL_DAYS, createRegionalEvent } from '@/tests/factories/regional-event';
import { testDb } from '@/tests/support/db';

// Figures compared with spaces made plain and runs of whitespace folded: pdftotext wraps table cells.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

function pdfTextOf(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bilan-regional-')), 'bilan.pdf');
  writeFileSync(file, pdf);
  return plain(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

const [D1, D2] = REGIONAL_DAYS;

describe('the bilan of a real two-day regional event', () => {
  let snapshot: BilanSnapshot;
  let frozen: BilanSnapshot;
  let eventId: string;
  let coordinatorId: string;

  beforeAll(async () => {
    const db = testDb();
    const hub = await createOrganisation(db, { name: 'Hub Occitanie numérique' });
    const partner = await createOrganisation(db, { name: 'Mouvement associatif Occitanie' });
    const coordinator = await createUser(db, { organisationId: hub.id, role: 'ADMIN' });
    coordinatorId = coordinator.id;
    const event = await createRegionalEvent(db, { hubId: hub.id, partnerId: partner.id, status: 'DONE' });
    eventId = event.id;
    snapshot = (await runAsCaller({ userId: coordinator.id }, () => getBilanPage(event.id))).snapshot;
    // The fixture's days are in June 2027, still to come: validating now needs the explicit confirmation.
    const validated = await runAsCaller({ userId: coordinator.id }, () => validateBilanAction({ eventId: event.id, confirmEarly: true }));
    expect(validated.ok).toBe(true);
    const version = await db.bilanVersion.findUniqueOrThrow({ where: { eventId_number: { eventId: event.id, number: 1 } } });
    frozen = version.snapshot as unknown as BilanSnapshot;
  }, 120_000);

  it('counts content only: 12 sessions held, 17 h 30 of content, 3 half-days, the opening and closing named apart', () => {
    const q = snapshot.quantitative;
    expect(q.sessionsHeld).toBe(12);
    expect(q.sessionsCancelled).toBe(1);
    expect(q.contentMinutes).toBe(3 * 90 + 2 * 90 + 2 * 75 + 3 * 90 + 2 * 90);
    // Thursday morning and afternoon; Friday's content ends at 12:15, its closing past 13:00 is not content.
    expect(q.halfDays).toBe(3);
    expect(q.halfDaysComputed).toBe(3);
    expect(q.leftOutOfContent?.map((s) => [s.title, s.day])).toEqual([
      ['Accueil café', D1],
      ['Plénière d’ouverture', D1],
      ['Déjeuner', D1],
      ['Clôture et suites', D2],
    ]);
    expect(q.sessionsByFormat.map((row) => [row.formatId, row.held, row.cancelled])).toEqual([
      ['atelier', 5, 0],
      ['masterclass', 2, 1],
      ['table-ronde', 3, 0],
      ['retex', 2, 0],
    ]);
  });

  it('counts speakers who spoke, participants per day and the objective', () => {
    const q = snapshot.quantitative;
    expect(q.speakers).toEqual({ total: 20, local: 17, national: 3, women: 10, men: 10, otherOrUndeclared: 0, declared: 20, womenShare: 50 });
    expect(q.participants).toMatchObject({ total: 90, registered: 110, walkIns: 3, objectiveMin: 100, objectiveMax: 150 });
    expect(q.perDay.map((d) => [d.day, d.expected, d.present, d.walkIns, d.noShow])).toEqual([
      [D1, 90, 77, 0, 13],
      [D2, 80, 63, 3, 20],
    ]);
  });

  it('lists every produit with its source, grouped by category with totals; balanced; one cost per participant', () => {
    const f = snapshot.financial;
    expect(f.produitsBySource).toEqual([
      {
        category: 'subvention',
        label: 'Subvention',
        forecastCents: 1_200_000,
        actualCents: 1_200_000,
        lines: [{ label: 'Subvention inclusion numérique', source: 'Préfecture de région Occitanie', forecastCents: 1_200_000, actualCents: 1_200_000, grant: null }],
      },
      {
        category: 'budget-interne',
        label: expect.stringContaining('Budget interne'),
        forecastCents: 978_000,
        actualCents: 957_000,
        lines: [
          { label: 'Budget interne', source: 'Hub Occitanie numérique', forecastCents: 140_000, actualCents: 116_000, grant: null },
          { label: 'Budget interne', source: 'Mouvement associatif Occitanie', forecastCents: 838_000, actualCents: 841_000, grant: null },
        ],
      },
    ]);
    expect(f.totals).toEqual({ chargesForecastCents: 2_178_000, chargesActualCents: 2_157_000, produitsForecastCents: 2_178_000, produitsActualCents: 2_157_000 });
    expect(f.balance.status).toBe('equilibre');
    expect(f.costPerParticipantCents).toBe(23_967); // 21 570,00 € ÷ 90 present
    expect(snapshot.annexes.expenses.filter((e) => e.personnel)).toEqual([
      expect.objectContaining({ label: 'Coordination du Hub', personnel: { who: 'Hub Occitanie numérique', days: 12, dailyCostCents: 30_000 } }),
      expect.objectContaining({ label: 'Chargée de mission', personnel: { who: 'Mouvement associatif Occitanie', days: 8.5, dailyCostCents: 28_000 } }),
    ]);
  });

  it('gives the budget page the bilan’s cost per participant', async () => {
    const budget = await runAsCaller({ userId: coordinatorId }, () => getBudget(eventId));
    expect(budget.presentParticipants).toBe(snapshot.quantitative.participants.total);
  });

  it('freezes the same figures and marks the event "Bilan validé"', async () => {
    expect(frozen.snapshotVersion).toBe(4);
    expect(frozen.quantitative.halfDays).toBe(3);
    expect(frozen.financial.produitsBySource).toEqual(snapshot.financial.produitsBySource);
    const event = await testDb().event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true } });
    expect(event.status).toBe('BILAN_VALIDATED');
  });

  describe('PDF', () => {
    let text: string;
    beforeAll(async () => {
      const pdf = await renderBilanPdf(frozen, { versionNumber: 1, validatedAt: new Date('2027-07-10T10:00:00Z'), logos: [] });
      if (process.env.BILAN_PDF_OUT) writeFileSync(process.env.BILAN_PDF_OUT, pdf); // to look at it (pdftoppm)
      text = pdfTextOf(pdf);
    }, 60_000);

    it('says the objective plainly and the half-day rule, and names the sessions left out', () => {
      expect(text).toContain('Objectif de 100 à 150 participant·es : non atteint (90)');
      expect(text).not.toContain('Objectif atteint');
      expect(text).toContain('Une demi-journée compte quand au moins 30 minutes de contenu');
      expect(text).toContain('Temps du programme hors contenu');
      expect(text).toContain('Clôture et suites');
    });

    it('lists produits by source with their totals', () => {
      expect(text).toContain('Subvention inclusion numérique — Préfecture de région Occitanie');
      expect(text).toContain('Budget interne — Mouvement associatif Occitanie');
      expect(text).toContain('Total des produits 21 780,00 € 21 570,00 €');
    });

    it('has a room column in the programme annex and personnel time in the expenses', () => {
      expect(text).toMatch(/Horaire Séance Format Salle Intervenant·es/);
      expect(text).toContain('Salle Garonne');
      expect(text).toContain('Hub Occitanie numérique, 12 j × 300,00 €');
      expect(text).toContain('Mouvement associatif Occitanie, 8,5 j × 280,00 €');
    });

    it('leaves out an empty evaluation frame and never prints an internal Cerfa key', () => {
      expect(text).not.toContain('Cadre d’évaluation');
      expect(text).not.toContain('Pourquoi évaluer');
      expect(text).not.toContain('ressources-propres');
    });
  });

  describe('XLSX and CSV', () => {
    let workbook: ExcelJS.Workbook;
    beforeAll(async () => {
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await bilanXlsx(frozen, { number: 1, validatedAt: new Date('2027-07-10T10:00:00Z') })) as unknown as ArrayBuffer);
    });

    it('writes one row per expense line, amounts, days and daily costs as numbers', () => {
      const sheet = workbook.getWorksheet(BILAN_SHEETS.expenses)!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...EXPENSE_HEADERS]);
      const rows = sheet.getSheetValues().slice(2) as unknown[][];
      expect(rows).toHaveLength(7);
      const byLabel = new Map(rows.map((row) => [row[2], row]));
      expect(byLabel.get('Traiteur deux jours')?.slice(1)).toEqual(['Achats', 'Traiteur deux jours', 'Traiteur du Capitole', 'F-2027-0612', '06/2027', undefined, undefined, undefined, 4320, 'oui']);
      expect(byLabel.get('Chargée de mission')?.slice(6, 10)).toEqual(['Mouvement associatif Occitanie', 8.5, 280, 2380]);
      for (const row of rows) expect(typeof row[9]).toBe('number');
    });

    it('lists produits by source with group totals, and says the objective', () => {
      const budget = workbook.getWorksheet(BILAN_SHEETS.budget)!;
      const produits = (budget.getSheetValues().slice(2) as unknown[][]).filter((row) => row[1] === 'Produit').map((row) => [row[2], row[3], row[4]]);
      expect(produits).toEqual([
        ['Subvention inclusion numérique — Préfecture de région Occitanie', 12_000, 12_000],
        ['Total Subvention', 12_000, 12_000],
        ['Budget interne — Hub Occitanie numérique', 1_400, 1_160],
        ['Budget interne — Mouvement associatif Occitanie', 8_380, 8_410],
        [expect.stringMatching(/^Total Budget interne/), 9_780, 9_570],
        ['Total des produits', 21_780, 21_570],
      ]);
      const summary = workbook.getWorksheet(BILAN_SHEETS.summary)!;
      const objective = (summary.getSheetValues() as unknown[][]).find((row) => row?.[1] === 'Objectif de participation');
      expect(plain(String(objective?.[2]))).toBe('Objectif de 100 à 150 participant·es : non atteint (90)');
    });

    it('never writes "ressources-propres" as a Cerfa code', () => {
      const cerfa = workbook.getWorksheet(BILAN_SHEETS.cerfa)!;
      const codes = (cerfa.getSheetValues().slice(2) as unknown[][]).map((row) => row[1] ?? '');
      expect(codes).not.toContain('ressources-propres');
      expect(codes.every((code) => code === '' || /^\d+$/.test(String(code)))).toBe(true);
      expect(bilanCerfaCsv(frozen)).not.toContain('ressources-propres');
      expect(bilanBudgetCsv(frozen)).not.toContain('ressources-propres');
    });
  });
});
