import 'server-only';
import type ExcelJS from 'exceljs';
import {
  computeBalance,
  computeInternalBudgets,
  computeTotals,
  funderShares,
  totalsByCategory,
  type BudgetLine,
  type BudgetLineDraft,
} from '@/lib/domain/budget';
import { TRANSFER_COLUMNS, lineToTransferValues, type TransferContext } from '@/lib/domain/budget/transfer-columns';
import { addSafeRow, addTableSheet, createWorkbook, EURO_FORMAT, workbookBytes } from '@/lib/server/spreadsheets/write-xlsx';

export const SHEET_NAMES = { charges: 'Charges', produits: 'Produits', summary: 'Synthèse' } as const;

type Summary = { title: string; lines: readonly BudgetLine[]; context: TransferContext };

/** Euros for the spreadsheet only: the sheet computes in euros, Trame keeps cents. */
const euros = (cents: number | null) => (cents === null ? null : cents / 100);

function addLinesSheet(workbook: ExcelJS.Workbook, name: string, lines: readonly BudgetLineDraft[], context: TransferContext) {
  const { add } = addTableSheet(
    workbook,
    name,
    TRANSFER_COLUMNS.map((column) => ({
      header: column.header,
      key: column.id,
      width: column.id === 'label' || column.id === 'note' || column.id === 'explanation' ? 40 : column.type === 'text' ? 24 : 16,
      numFmt: column.type === 'money' ? EURO_FORMAT : null,
    })),
  );
  for (const line of lines) {
    const values = lineToTransferValues(line, context);
    add(
      TRANSFER_COLUMNS.map((column) => {
        const value = values[column.id];
        return typeof value === 'number' && column.type === 'money' ? euros(value) : value;
      }),
    );
  }
}

function addSummarySheet(workbook: ExcelJS.Workbook, { title, lines, context }: Summary) {
  const sheet = workbook.addWorksheet(SHEET_NAMES.summary);
  sheet.columns = [{ width: 52 }, { width: 18, style: { numFmt: EURO_FORMAT } }, { width: 18, style: { numFmt: EURO_FORMAT } }];
  addSafeRow(sheet, [`Budget — ${title}`]).font = { bold: true, size: 14 };
  const heading = (text: string) => {
    sheet.addRow([]);
    addSafeRow(sheet, [text, 'Prévisionnel', 'Réalisé']).font = { bold: true };
  };
  const row = (label: string, forecastCents: number, actualCents: number | null, bold = false) => {
    const added = addSafeRow(sheet, [label, euros(forecastCents), euros(actualCents)]);
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
  const workbook = createWorkbook();
  addLinesSheet(workbook, SHEET_NAMES.charges, summary.lines.filter((line) => line.kind === 'charge'), summary.context);
  addLinesSheet(workbook, SHEET_NAMES.produits, summary.lines.filter((line) => line.kind === 'produit'), summary.context);
  addSummarySheet(workbook, summary);
  return workbookBytes(workbook);
}
