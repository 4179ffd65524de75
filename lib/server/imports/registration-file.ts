import 'server-only';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ImportTableRow } from '@/lib/domain/registrations/import-rows';
import { SafeError } from '@/lib/server/errors';
import { decodeText } from '@/lib/server/imports/decode-text';

/** A spreadsheet read into text cells: the header row and the data rows with their row numbers. */
export type ImportTable = {
  format: 'csv' | 'xlsx';
  /** CSV only: the encoding detected and the delimiter used. */
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  rows: ImportTableRow[];
};

const UNREADABLE_CSV = 'Ce fichier CSV est illisible : enregistrez-le depuis votre tableur au format « CSV (séparateur : point-virgule) ».';
const UNREADABLE_XLSX = 'Ce fichier Excel est illisible : enregistrez-le au format « Classeur Excel (.xlsx) ».';
const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter the header line uses most, outside quotes: `;` for French Excel, else `,` or a tab. */
export function detectDelimiter(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((delimiter) => ({ delimiter, count: header.split(delimiter).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : ';';
}

export function readCsv(bytes: Uint8Array): ImportTable {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw new SafeError(UNREADABLE_CSV);
  const delimiter = detectDelimiter(text);
  // Empty lines are kept so that record N is spreadsheet row N + 1 (the header is row 1).
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) throw new SafeError(`Ligne ${(quoteError.row ?? 0) + 1} : un guillemet n’est pas refermé. ${UNREADABLE_CSV}`);
  const [header = [], ...records] = parsed.data;
  const rows = records.map((cells, index) => ({ line: index + 2, cells }));
  return { format: 'csv', encoding, delimiter, headers: header.map((cell) => cell.trim()), rows };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Excel stores a date as a wall-clock time (exceljs hands it over as if it were UTC): written
 * back without a zone, it is read as Paris time like the dates of a CSV.
 */
function wallClockText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClockText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  // A hyperlink (often an e-mail address): its visible text.
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** The first sheet of a workbook; row numbers are the sheet's own. */
export async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new SafeError(UNREADABLE_XLSX);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SafeError(UNREADABLE_XLSX);
  const width = sheet.getRow(1).cellCount;
  const textsOf = (rowNumber: number) => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value));
  };
  const rows: ImportTableRow[] = [];
  for (let line = 2; line <= sheet.rowCount; line += 1) rows.push({ line, cells: textsOf(line) });
  return { format: 'xlsx', encoding: null, delimiter: null, headers: textsOf(1).map((cell) => cell.trim()), rows };
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

async function readByType(file: { name: string; bytes: Uint8Array }): Promise<ImportTable> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) {
    if (!isZip(file.bytes)) throw new SafeError(UNREADABLE_XLSX);
    return readXlsx(file.bytes);
  }
  if (name.endsWith('.csv') || name.endsWith('.txt')) {
    if (isZip(file.bytes)) throw new SafeError(UNREADABLE_CSV);
    return readCsv(file.bytes);
  }
  if (name.endsWith('.xls')) throw new SafeError('Les anciens fichiers Excel (.xls) ne sont pas lus : enregistrez-le en .xlsx ou en .csv.');
  throw new SafeError('Choisissez un fichier .csv ou .xlsx.');
}

/** Reads a .csv or .xlsx upload (its size is checked by the schema); refuses anything else in French. */
export async function readRegistrationFile(file: { name: string; bytes: Uint8Array }): Promise<ImportTable> {
  const table = await readByType(file);
  if (table.headers.every((header) => header === '')) {
    throw new SafeError('La première ligne du fichier doit contenir les titres des colonnes.');
  }
  return table;
}
