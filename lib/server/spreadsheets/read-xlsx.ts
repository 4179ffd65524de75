import 'server-only';
import ExcelJS from 'exceljs';
import { withoutControlCharacters, type SpreadsheetCell } from '@/lib/domain/text/spreadsheet-cells';
import { TOO_BIG_UNZIPPED, UNREADABLE_XLSX, type SheetTable, type TableRow } from './types';
import { checkZipSizes } from './zip-guard';

/** Past these, a sheet is no longer a list to import (a header cell at column XFD, a million rows). */
export const XLSX_LIMITS = { columns: 1000, rows: 100_000 } as const;
const TOO_LARGE_SHEET = `Cette feuille dépasse ${XLSX_LIMITS.columns} colonnes ou ${XLSX_LIMITS.rows.toLocaleString('fr-FR')} lignes : gardez seulement les colonnes et les lignes à importer.`;

/** Chooses the sheets to read among the workbook's, in order; by default the first one. */
export type SheetChoice = (names: readonly string[]) => readonly string[];
const firstSheet: SheetChoice = (names) => names.slice(0, 1);

function cellValue(value: ExcelJS.CellValue): SpreadsheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return withoutControlCharacters(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return withoutControlCharacters(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  // A hyperlink (often an e-mail address): its visible text, itself plain or rich.
  if ('text' in value) return cellValue(value.text as ExcelJS.CellValue);
  // An error cell reads as the sheet shows it (#N/A, #DIV/0!…).
  if ('error' in value) return String(value.error);
  return null;
}

type SheetRead = { ok: true; sheet: SheetTable } | { ok: false; error: string };

function readSheet(sheet: ExcelJS.Worksheet): SheetRead {
  const width = sheet.getRow(1).cellCount;
  if (width > XLSX_LIMITS.columns || sheet.actualRowCount > XLSX_LIMITS.rows + 1) return { ok: false, error: TOO_LARGE_SHEET };
  const valuesOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, index) => cellValue(row.getCell(index + 1).value));
  const header = valuesOf(sheet.getRow(1)).map((cell) => (cell === null ? '' : String(cell).trim()));
  const rows: TableRow[] = [];
  // Only the rows the file holds: a lone cell on row 1 048 576 does not make a million rows.
  sheet.eachRow((row, line) => {
    if (line > 1) rows.push({ line, cells: valuesOf(row) });
  });
  return { ok: true, sheet: { name: sheet.name, header, rows } };
}

/** The chosen sheets of a workbook, once its archive has passed the decompression limits. */
export async function readXlsx(bytes: Uint8Array, choose: SheetChoice = firstSheet): Promise<{ ok: true; sheets: SheetTable[] } | { ok: false; error: string }> {
  const zip = await checkZipSizes(bytes);
  if (zip !== 'ok') return { ok: false, error: zip === 'too-big' ? TOO_BIG_UNZIPPED : UNREADABLE_XLSX };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: UNREADABLE_XLSX };
  }
  const wanted = new Set(choose(workbook.worksheets.map((sheet) => sheet.name)));
  const sheets: SheetTable[] = [];
  for (const sheet of workbook.worksheets.filter((candidate) => wanted.has(candidate.name))) {
    const read = readSheet(sheet);
    if (!read.ok) return read;
    sheets.push(read.sheet);
  }
  return sheets.length > 0 ? { ok: true, sheets } : { ok: false, error: UNREADABLE_XLSX };
}
