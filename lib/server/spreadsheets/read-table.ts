import 'server-only';
import { SPREADSHEET_MAX_BYTES, SPREADSHEET_TOO_LARGE } from '@/lib/domain/files/spreadsheet';
import { readCsv } from './read-csv';
import { readXlsx, type SheetChoice } from './read-xlsx';
import { UNREADABLE_CSV, UNREADABLE_XLSX, type SheetTable } from './types';

/*
 * The one reader of uploaded spreadsheets (budget lines, registrations): a .csv decoded and split
 * the way French spreadsheets write it, or an .xlsx read sheet by sheet after its archive has
 * passed the decompression limits. Every text cell comes without control characters, so what the
 * preview shows is what the confirmation writes.
 */

export type SpreadsheetFile = { name: string; bytes: Uint8Array };

export type SpreadsheetTable = {
  format: 'csv' | 'xlsx';
  /** CSV only: the encoding detected and the separator used. */
  encoding: string | null;
  delimiter: string | null;
  /** A CSV has one; an XLSX the sheets chosen. */
  sheets: SheetTable[];
};

export type ReadTableResult = { ok: true; table: SpreadsheetTable } | { ok: false; error: string };

export type ReadTableOptions = {
  /** Extensions read as CSV besides .csv (an export saved as .txt). */
  textExtensions?: readonly string[];
  sheets?: SheetChoice;
};

const WRONG_TYPE = 'Choisissez un fichier .csv ou .xlsx.';
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function kindOf(name: string, textExtensions: readonly string[]): 'csv' | 'xlsx' | 'xls' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || textExtensions.some((extension) => lower.endsWith(extension))) return 'csv';
  if (lower.endsWith('.xls')) return 'xls';
  return null;
}

/** Checks the name, size and first bytes, then reads the file as CSV or XLSX; refuses in French. */
export async function readTable(file: SpreadsheetFile, options: ReadTableOptions = {}): Promise<ReadTableResult> {
  const kind = kindOf(file.name, options.textExtensions ?? []);
  if (kind === 'xls') return { ok: false, error: 'Les anciens fichiers Excel (.xls) ne sont pas lus : enregistrez-le en .xlsx ou en .csv.' };
  if (kind === null) return { ok: false, error: WRONG_TYPE };
  if (file.bytes.byteLength === 0) return { ok: false, error: 'Ce fichier est vide.' };
  if (file.bytes.byteLength > SPREADSHEET_MAX_BYTES) return { ok: false, error: SPREADSHEET_TOO_LARGE };
  if (kind === 'xlsx') {
    if (!isZip(file.bytes)) return { ok: false, error: UNREADABLE_XLSX };
    const read = await readXlsx(file.bytes, options.sheets);
    return read.ok ? { ok: true, table: { format: 'xlsx', encoding: null, delimiter: null, sheets: read.sheets } } : read;
  }
  if (isZip(file.bytes)) return { ok: false, error: UNREADABLE_CSV };
  const read = readCsv(file.bytes);
  if (!read.ok) return read;
  return { ok: true, table: { format: 'csv', encoding: read.table.encoding, delimiter: read.table.delimiter, sheets: [read.table.sheet] } };
}
