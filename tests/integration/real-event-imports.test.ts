// Issue 15, points 9 and 12: a two-day regional event whose participants come from a HelloAsso export
// with one row per ticket, and whose expenses come from the table annexed to the organisers' bilan.
// Both files are under tests/fixtures/imports (invented data; see make-helloasso-export.py for the groups).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { setAttendanceAction } from '@/lib/server/actions/checkin';
import { confirmRegistrationImportAction, previewRegistrationImportAction } from '@/lib/server/actions/registration-import';
import { runAsCaller } from '@/lib/server/current-user';
import { bilanBudgetCsv } from '@/lib/server/exports/bilan-csv';
import { renderBilanPdf } from '@/lib/server/exports/bilan-pdf';
import { BILAN_SHEETS, bilanXlsx } from '@/lib/server/exports/bilan-xlsx';
import { importBudgetFile, previewBudgetImport } from '@/lib/server/imports/budget-import';
import { getBilanPage } from '@/lib/server/queries/bilan';
import { createOrganisation, createUser } from '@/tests/factories';
import { REGIONAL_DAYS, createRegionalEvent } from '@/tests/factories/regional-event';
import { testDb } from '@/tests/support/db';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/imports');
const TICKETS = 'helloasso-rencontres-occitanie.csv';
const EXPENSES = 'bilan-depenses-rencontres-occitanie.csv';
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) });
const fixtureFile = (name: string, text?: string) => new File([text ?? readFileSync(path.join(FIXTURES, name))], name, { type: 'text/csv' });

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
function pdfTextOf(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'real-imports-')), 'bilan.pdf');
  writeFileSync(file, pdf);
  return plain(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

const [THU, FRI] = REGIONAL_DAYS;
/** The person's index in the export generator: e-mails end with it (amelie.arnaud1@…). */
const indexOf = (email: string) => Number(/(\d+)@/.exec(email)![1]) - 1;
// Groups of the generator: A 0-39 two-day pass, B 40-64 two one-day passes, C 65-86 Thursday, D 87-101 Friday,
// E 102-104 second ticket without e-mail, R1 105 refunded, R2 106 Thursday kept, Friday refunded.
function presentOn(index: number): string[] {
  if (index < 40) return [...(index < 35 ? [THU] : []), ...(index < 33 ? [FRI] : [])];
  if (index < 65) return [...(index < 62 ? [THU] : []), ...(index < 60 ? [FRI] : [])];
  if (index < 87) return index < 83 ? [THU] : [];
  if (index < 102) return index < 98 ? [FRI] : [];
  if (index < 105) return [THU, ...(index < 104 ? [FRI] : [])];
  return index === 106 ? [THU] : [];
}

describe('a real event entered from its ticketing export and its expense table', () => {
  let eventId: string;
  let userId: string;
  let snapshot: BilanSnapshot;
  const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId }, fn);

  beforeAll(async () => {
    const db = testDb();
    const hub = await createOrganisation(db, { name: 'Hub Occitanie numérique' });
    const partner = await createOrganisation(db, { name: 'Mouvement associatif Occitanie' });
    userId = (await createUser(db, { organisationId: hub.id, role: 'ADMIN' })).id;
    eventId = (await createRegionalEvent(db, { hubId: hub.id, partnerId: partner.id, status: 'DONE', programmeOnly: true })).id;
  }, 60_000);

  describe('the per-day ticket export', () => {
    it('previews the tarif → days mapping, the merged tickets and the refunded ones', async () => {
      const preview = await as(() => previewRegistrationImportAction({ eventId, source: 'helloasso', file: fixture(TICKETS) }));
      if (!preview.ok) throw new Error(preview.error);
      const report = preview.data;
      expect(report).toMatchObject({ encoding: 'UTF-8 (avec BOM)', delimiter: ';', rowCount: 136, errorCount: 0, ready: true, toCreate: 106, toUpdate: 0 });
      expect(report.mapping).toMatchObject({ lastName: 3, firstName: 4, email: 5, ticket: 6, orderStatus: 2, registeredAt: 1, organisation: 12 });
      expect(report.eventDays).toEqual([THU, FRI]);
      expect(report.tickets).toEqual([
        { label: 'Pass 2 jours', count: 40, days: [THU, FRI], guessed: true },
        { label: 'Pass jeudi', count: 51, days: [THU], guessed: true },
        { label: 'Pass vendredi', count: 43, days: [FRI], guessed: true },
      ]);
      // 25 people with two one-day passes (same e-mail), 3 whose second ticket has no e-mail (same name).
      expect(report.mergedCount).toBe(28);
      expect(report.cancelledCount).toBe(2);
      expect(report.cancelled.map((c) => [c.ticket, c.status])).toEqual([
        ['Pass 2 jours', 'Remboursé'],
        ['Pass vendredi', 'Remboursé'],
      ]);
      expect(report.expectedByDay).toEqual([
        { day: THU, count: 91 },
        { day: FRI, count: 83 },
      ]);
      expect(report.warningCount).toBe(0);
    });

    it('asks for the days of a tarif it cannot read, and takes the coordinator’s choice', async () => {
      const text = readFileSync(path.join(FIXTURES, TICKETS), 'utf8').replaceAll('Pass 2 jours', 'Tarif plein');
      const file = { name: TICKETS, bytes: new TextEncoder().encode(text) };
      const unknown = await as(() => previewRegistrationImportAction({ eventId, source: 'helloasso', file }));
      if (!unknown.ok) throw new Error(unknown.error);
      expect(unknown.data.ready).toBe(false);
      expect(unknown.data.mappingProblems).toEqual(['Choisissez le ou les jours du tarif « Tarif plein ».']);
      const chosen = await as(() => previewRegistrationImportAction({ eventId, source: 'helloasso', file, ticketDays: { 'Tarif plein': [THU, FRI] } }));
      if (!chosen.ok) throw new Error(chosen.error);
      expect(chosen.data).toMatchObject({ ready: true, expectedByDay: [{ day: THU, count: 91 }, { day: FRI, count: 83 }] });
      expect(chosen.data.tickets[0]).toEqual({ label: 'Tarif plein', count: 40, days: [THU, FRI], guessed: false });
    });

    it('writes one registration per person, expected on the days of their valid tickets, in one go', async () => {
      const preview = await as(() => previewRegistrationImportAction({ eventId, source: 'helloasso', file: fixture(TICKETS) }));
      if (!preview.ok) throw new Error(preview.error);
      const ticketDays = Object.fromEntries(preview.data.tickets.map((t) => [t.label, t.days]));
      const result = await as(() =>
        confirmRegistrationImportAction({ eventId, source: 'helloasso', file: fixture(TICKETS), mapping: preview.data.mapping, ticketDays }),
      );
      expect(result).toMatchObject({ ok: true, data: { written: { created: 106, updated: 0 } } });
      const rows = await testDb().registration.findMany({ where: { eventId }, select: { id: true, email: true, name: true, days: true, status: true } });
      expect(rows).toHaveLength(106);
      const byIndex = new Map(rows.map((row) => [indexOf(row.email), row]));
      expect(byIndex.has(105)).toBe(false); // fully refunded
      expect(byIndex.get(106)?.days).toEqual([THU]); // Friday refunded
      expect(byIndex.get(0)?.days).toEqual([]); // two-day pass: every day
      expect(byIndex.get(40)?.days).toEqual([]); // Thursday + Friday passes
      expect(byIndex.get(102)?.days).toEqual([]); // second ticket without e-mail, same name
      expect(byIndex.get(70)?.days).toEqual([THU]);
      expect(byIndex.get(90)?.days).toEqual([FRI]);
      expect(byIndex.get(0)?.name).toBe('Amélie ARNAUD');
      expect(rows.every((row) => row.status === 'CONFIRMED')).toBe(true);

      // The attendance lists typed in afterwards.
      for (const row of rows) {
        for (const date of presentOn(indexOf(row.email))) {
          const set = await as(() => setAttendanceAction({ eventId, registrationId: row.id, date, status: 'PRESENT' }));
          expect(set.ok).toBe(true);
        }
      }
    }, 120_000);
  });

  describe('the expense table of the bilan', () => {
    it('reports every problem of a broken copy in one pass, with what to change', async () => {
      const broken = readFileSync(path.join(FIXTURES, EXPENSES), 'utf8')
        .replace('juil. 2027', 'été 2027')
        .replace('Communication;', 'Frais généraux;')
        .replace('Impression des programmes;800,00;760,00', 'Impression des programmes;huit cents;760,00');
      const outcome = await as(() => previewBudgetImport(eventId, fixtureFile(EXPENSES, broken)));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error).toBe('3 lignes à corriger dans le fichier : rien n’a été importé.');
      expect(outcome.problems.map((p) => [p.line, p.messages.length])).toEqual([
        [14, 1],
        [18, 1],
        [19, 1],
      ]);
      expect(outcome.problems[0]?.messages[0]).toContain('mois illisible « été 2027 »');
      expect(outcome.problems[1]?.messages[0]).toContain('« Frais généraux » est lu comme un titre de catégorie');
      expect(outcome.problems[2]?.messages[0]).toMatch(/^« Prévisionnel \(€\) » :/);
    });

    it('reads category titles, skips totals, takes French months and actual-only lines', async () => {
      const preview = await as(() => previewBudgetImport(eventId, fixtureFile(EXPENSES)));
      if (!preview.ok) throw new Error(preview.error);
      expect(preview.lines.map((l) => [l.line, l.category, l.label, l.forecastCents, l.actualCents, l.unplanned])).toEqual([
        [5, 'Location du lieu', 'Location du centre des congrès', 600_000, 600_000, false],
        [9, 'Achats', 'Traiteur deux jours', 450_000, 432_000, false],
        [10, 'Achats', 'Cafés d’accueil', 0, 31_250, true],
        [14, 'Intervenants', 'Honoraires des intervenant·es', 300_000, 280_000, false],
        [16, 'Déplacements et frais de mission', 'Déplacements des intervenant·es', 150_000, 171_000, false],
        [17, 'Déplacements et frais de mission', 'Navette gare – centre des congrès', 0, 48_000, true],
        [19, 'Communication', 'Impression des programmes', 80_000, 76_000, false],
        [21, 'Charges de personnel', 'Coordination du Hub', 360_000, 360_000, false],
      ]);
      const imported = await as(() => importBudgetFile(eventId, fixtureFile(EXPENSES), 'replace'));
      expect(imported).toEqual({ ok: true, count: 8 });
      const months = await testDb().budgetLine.findMany({ where: { eventId }, orderBy: { position: 'asc' }, select: { paymentMonth: true, unplanned: true } });
      expect(months.map((m) => m.paymentMonth)).toEqual(['2027-06', '2027-06', '2027-06', '2027-07', '2027-07', '2027-08', '2027-05', null]);
      expect(months.filter((m) => m.unplanned)).toHaveLength(2);
    });
  });

  describe('the bilan', () => {
    beforeAll(async () => {
      snapshot = (await as(() => getBilanPage(eventId))).snapshot;
    }, 60_000);

    it('expects each person on the days of their tickets: expected, present and no-show per day', () => {
      const q = snapshot.quantitative;
      expect(q.participants).toMatchObject({ total: 90, registered: 106, walkIns: 0 });
      expect(q.perDay.map((d) => [d.day, d.expected, d.present, d.noShow])).toEqual([
        [THU, 91, 79, 12],
        [FRI, 83, 66, 17],
      ]);
    });

    it('totals the charges, leaves the lines not forecast out of the gaps and names them', () => {
      const f = snapshot.financial;
      expect(f.totals).toMatchObject({ chargesForecastCents: 1_940_000, chargesActualCents: 1_998_250 });
      const byCategory = new Map(f.charges.map((row) => [row.key, row]));
      // Achats: 4 320 € against 4 500 € forecast; the 312,50 € of coffee not forecast is no gap.
      expect(byCategory.get('achats')).toMatchObject({ forecastCents: 450_000, actualCents: 463_250, gapPercent: -4 });
      expect(byCategory.get('deplacements')).toMatchObject({ forecastCents: 150_000, actualCents: 219_000, gapPercent: 14 });
      expect(f.gaps).toEqual([]);
      const unplanned = snapshot.annexes.expenses.filter((e) => e.unplanned).map((e) => [e.label, e.amountCents]);
      expect(unplanned).toEqual([
        ['Cafés d’accueil', 31_250],
        ['Navette gare – centre des congrès', 48_000],
      ]);
      expect(bilanBudgetCsv(snapshot)).toContain('Cafés d’accueil');
      expect(bilanBudgetCsv(snapshot)).toContain('oui (non prévu)');
    });

    it('prints the same figures in the PDF', async () => {
      const pdf = await renderBilanPdf(snapshot, { versionNumber: 1, validatedAt: new Date('2027-07-10T10:00:00Z'), logos: [] });
      const text = pdfTextOf(pdf);
      expect(text).toContain('Cafés d’accueil (non prévu)');
      expect(text).toMatch(/Navette gare – centre des congrès \(non\s?prévu\)/);
      expect(text).toContain('19 982,50 €');
      expect(text).toContain('19 400,00 €');
      expect(text).toMatch(/Jeudi 17 juin 2027 91 79 \d+ \d+ 12/);
      expect(text).toMatch(/Vendredi 18 juin 2027 83 66 \d+ \d+ 17/);
    }, 60_000);

    it('writes the same figures in the XLSX, read back', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await bilanXlsx(snapshot, { number: 1, validatedAt: new Date('2027-07-10T10:00:00Z') })) as unknown as ArrayBuffer);
      const expenses = workbook.getWorksheet(BILAN_SHEETS.expenses)!.getSheetValues().slice(2) as unknown[][];
      expect(expenses).toHaveLength(8);
      const byLabel = new Map(expenses.map((row) => [row[2], row]));
      expect(byLabel.get('Cafés d’accueil')?.slice(9, 11)).toEqual([312.5, 'oui (non prévu)']);
      expect(byLabel.get('Traiteur deux jours')?.slice(9, 11)).toEqual([4320, 'oui']);
      expect(expenses.reduce((sum, row) => sum + Number(row[9]), 0)).toBeCloseTo(19_982.5, 2);
      const audiences = workbook.getWorksheet(BILAN_SHEETS.audiences)!.getSheetValues() as unknown[][];
      const days = audiences.filter((row) => /juin 2027$/.test(String(row?.[1] ?? ''))).map((row) => [row[2], row[5], row[6]]);
      expect(days).toEqual([
        [79, 91, 12],
        [66, 83, 17],
      ]);
    });
  });
});
