import 'server-only';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@/lib/domain/text/spreadsheet-safe';

/*
 * Helpers for the XLSX exports: figures stay numbers with a French number format; every text cell
 * goes through `neutraliseFormula` here, so a label typed as « =HYPERLINK(…) » never runs.
 */

export const EURO_FORMAT = '#,##0.00 "€"';
export const COUNT_FORMAT = '#,##0';
// Percentages are stored as fractions (0.152) so the spreadsheet computes with them.
export const PERCENT_FORMAT = '0.0 %';

export type XlsxCell = string | number | null;
export type XlsxColumn = { header: string; key?: string; width?: number; numFmt?: string | null };

export const safeXlsxCell = (value: XlsxCell) => (typeof value === 'string' ? neutraliseFormula(value) : value);

export function createWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trame';
  return workbook;
}

/** A row whose text cells are formula-safe. */
export function addSafeRow(sheet: ExcelJS.Worksheet, values: readonly XlsxCell[]): ExcelJS.Row {
  return sheet.addRow(values.map(safeXlsxCell));
}

/** A sheet with a bold, frozen header row; `add` appends a formula-safe row. */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly XlsxColumn[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: neutraliseFormula(column.header),
    key: column.key,
    width: column.width ?? 16,
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  return { sheet, add: (values: readonly XlsxCell[]) => addSafeRow(sheet, values) };
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
