import 'server-only';
import ExcelJS from 'exceljs';
import {
  computeBalance,
  computeInternalBudgets,
  computeTotals,
  funderShares,
  totalsByCategory,
  type BudgetLine,
  type BudgetLineDraft,
} from '@/lib/domain/budget';
import { neutraliseFormula } from '@/lib/domain/budget/spreadsheet-safe';
import { TRANSFER_COLUMNS, lineToTransferValues, type TransferContext } from '@/lib/domain/budget/transfer-columns';

export const EURO_FORMAT = '#,##0.00 "€"';
export const SHEET_NAMES = { charges: 'Charges', produits: 'Produits', summary: 'Synthèse' } as const;

type Summary = { title: string; lines: readonly BudgetLine[]; context: TransferContext };

/** Euros for the spreadsheet only: the sheet computes in euros, Trame keeps cents. */
const euros = (cents: number | null) => (cents === null ? null : cents / 100);
const safe = (text: string) => neutraliseFormula(text);

function addLinesSheet(workbook: ExcelJS.Workbook, name: string, lines: readonly BudgetLineDraft[], context: TransferContext) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TRANSFER_COLUMNS.map((column) => ({
    header: column.header,
    key: column.id,
    width: column.id === 'label' || column.id === 'note' || column.id === 'explanation' ? 40 : column.type === 'text' ? 24 : 16,
    style: column.type === 'money' ? { numFmt: EURO_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const line of lines) {
    const values = lineToTransferValues(line, context);
    sheet.addRow(
      TRANSFER_COLUMNS.map((column) => {
        const value = values[column.id];
        if (value === null) return null;
        if (typeof value === 'string') return safe(value);
        return column.type === 'money' ? euros(value) : value;
      }),
    );
  }
}

function addSummarySheet(workbook: ExcelJS.Workbook, { title, lines, context }: Summary) {
  const sheet = workbook.addWorksheet(SHEET_NAMES.summary);
  sheet.columns = [{ width: 52 }, { width: 18, style: { numFmt: EURO_FORMAT } }, { width: 18, style: { numFmt: EURO_FORMAT } }];
  sheet.addRow([safe(`Budget — ${title}`)]).font = { bold: true, size: 14 };
  const heading = (text: string) => {
    sheet.addRow([]);
    sheet.addRow([safe(text), 'Prévisionnel', 'Réalisé']).font = { bold: true };
  };
  const row = (label: string, forecastCents: number, actualCents: number | null, bold = false) => {
    const added = sheet.addRow([safe(label), euros(forecastCents), euros(actualCents)]);
    if (bold) added.font = { bold: true };
  };
  const totals = computeTotals(lines);
  const byCategory = totalsByCategory(lines);
  heading('Charges');
  for (const category of byCategory.charges) row(category.label, category.forecastCents, category.actualCents);
  row('Total des charges', totals.charges.forecastCents, totals.charges.actualCents, true);
  heading('Produits');
  for (const category of byCategory.produits) row(category.label, category.forecastCents, category.actualCents);
  row('Total des produits', totals.produits.forecastCents, totals.produits.actualCents, true);
  const balance = computeBalance(lines);
  heading('Équilibre (charges − produits)');
  row(`Prévisionnel : ${balance.forecast.label} ; réalisé : ${balance.actual.label}`, balance.forecast.differenceCents, balance.actual.differenceCents);
  heading('Contributions volontaires en nature (hors totaux)');
  row('86 – Emplois', totals.inKindCharges.forecastCents, totals.inKindCharges.actualCents);
  row('87 – Contributions', totals.inKindProduits.forecastCents, totals.inKindProduits.actualCents);
  heading('Budget interne (payé − reçu) par co-organisateur');
  for (const budget of computeInternalBudgets(lines).organisations) {
    const name = context.organisations.find((o) => o.id === budget.organisationId)?.name ?? 'Co-organisateur';
    row(name, budget.forecastCents, budget.actualCents);
  }
  heading('Financeurs');
  for (const share of funderShares(lines)) row(share.funderName, share.forecastCents, share.actualCents);
}

/** The budget as an XLSX workbook: amounts are numbers in euros, every text cell formula-safe. */
export async function budgetXlsx(summary: Summary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trame';
  addLinesSheet(workbook, SHEET_NAMES.charges, summary.lines.filter((line) => line.kind === 'charge'), summary.context);
  addLinesSheet(workbook, SHEET_NAMES.produits, summary.lines.filter((line) => line.kind === 'produit'), summary.context);
  addSummarySheet(workbook, summary);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
