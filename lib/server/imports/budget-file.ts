import 'server-only';
import chardet from 'chardet';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { CellValue } from '@/lib/domain/budget/transfer-parse';
import { normaliseForMatch } from '@/lib/domain/budget/transfer-columns';

/*
 * Reading an uploaded budget file into tables of cells: the CSV's encoding and separator are
 * guessed the way French spreadsheets write them; an XLSX is read sheet by sheet.
 */

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type SheetRow = { line: number; cells: CellValue[] };
export type SheetTable = { sheet: string | null; header: string[]; rows: SheetRow[] };
export type ReadResult = { ok: true; tables: SheetTable[] } | { ok: false; error: string };

const UNREADABLE_CSV = 'Ce fichier CSV est illisible : enregistrez-le depuis votre tableur au format « CSV (séparateur : point-virgule) ».';
const UNREADABLE_XLSX = 'Ce fichier Excel est illisible : enregistrez-le au format « Classeur Excel (.xlsx) ».';

/**
 * UTF-8 with or without BOM first (what Trame exports); otherwise French Excel's « CSV »,
 * Windows-1252. chardet only decides between that and UTF-16: on short French texts its other
 * guesses (ISO-8859-2, KOI8-R…) would garble the accents.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const guess = chardet.detect(bytes) ?? '';
    const encoding = /^UTF-16(LE|BE)$/i.test(guess) ? guess.toLowerCase() : 'windows-1252';
    return iconv.decode(Buffer.from(bytes), encoding);
  }
}

/** The separator is the one the header row uses most: `;` (French Excel), `,` or a tab. */
export function detectSeparator(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((separator) => ({ separator, count: header.split(separator).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.separator : ';';
}

function isBlank(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

export function readCsv(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) return { ok: false, error: UNREADABLE_CSV };
  const text = decodeCsv(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: detectSeparator(text), skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    return { ok: false, error: `Ligne ${(quoteError.row ?? 0) + 1} : un guillemet n’est pas refermé. ${UNREADABLE_CSV}` };
  }
  const [header = [], ...records] = parsed.data;
  const rows = records.map((cells, index) => ({ line: index + 2, cells })).filter((row) => !isBlank(row.cells));
  return { ok: true, tables: [{ sheet: null, header, rows }] };
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

const LINE_SHEETS = ['charges', 'produits'];

/** The sheets « Charges » and « Produits » of Trame's export, or else the first sheet. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: UNREADABLE_XLSX };
  }
  const named = workbook.worksheets.filter((sheet) => LINE_SHEETS.includes(normaliseForMatch(sheet.name)));
  const sheets = named.length > 0 ? named : workbook.worksheets.slice(0, 1);
  if (sheets.length === 0) return { ok: false, error: UNREADABLE_XLSX };
  const tables = sheets.map((sheet): SheetTable => {
    const width = sheet.getRow(1).cellCount;
    const valuesOf = (rowNumber: number) => {
      const row = sheet.getRow(rowNumber);
      return Array.from({ length: width }, (_, index) => cellValue(row.getCell(index + 1).value));
    };
    const header = valuesOf(1).map((cell) => (cell === null ? '' : String(cell)));
    const rows: SheetRow[] = [];
    for (let line = 2; line <= sheet.rowCount; line += 1) {
      const cells = valuesOf(line);
      if (!isBlank(cells)) rows.push({ line, cells });
    }
    return { sheet: sheet.name, header, rows };
  });
  return { ok: true, tables };
}

/** Checks the name, size and first bytes, then reads the file as CSV or XLSX. */
export async function readBudgetFile(file: File): Promise<ReadResult> {
  const name = file.name.toLowerCase();
  const isCsv = name.endsWith('.csv');
  const isXlsx = name.endsWith('.xlsx');
  if (!isCsv && !isXlsx) return { ok: false, error: 'Choisissez un fichier .csv ou .xlsx.' };
  if (file.size === 0) return { ok: false, error: 'Ce fichier est vide.' };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'Ce fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isXlsx) return zipped ? readXlsx(bytes) : { ok: false, error: UNREADABLE_XLSX };
  return zipped ? { ok: false, error: UNREADABLE_CSV } : readCsv(bytes);
}
