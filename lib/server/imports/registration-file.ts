import 'server-only';
import type { ImportTableRow } from '@/lib/domain/registrations/import-rows';
import { SafeError } from '@/lib/server/errors';
import { cellText } from '@/lib/domain/text/spreadsheet-cells';
import { readTable } from '@/lib/server/spreadsheets/read-table';

/** A spreadsheet read into text cells: the header row and the data rows with their row numbers. */
export type ImportTable = {
  format: 'csv' | 'xlsx';
  /** CSV only: the encoding detected and the delimiter used. */
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  rows: ImportTableRow[];
};

/**
 * Reads a .csv (or .txt) or the first sheet of an .xlsx upload, every cell as text (a date as
 * Paris wall-clock text); refuses anything else in French.
 */
export async function readRegistrationFile(file: { name: string; bytes: Uint8Array }): Promise<ImportTable> {
  const read = await readTable(file, { textExtensions: ['.txt'] });
  if (!read.ok) throw new SafeError(read.error);
  const { format, encoding, delimiter, sheets } = read.table;
  const [sheet] = sheets;
  if (!sheet || sheet.header.every((header) => header === '')) {
    throw new SafeError('La première ligne du fichier doit contenir les titres des colonnes.');
  }
  const rows = sheet.rows.map((row) => ({ line: row.line, cells: row.cells.map(cellText) }));
  return { format, encoding, delimiter, headers: sheet.header, rows };
}
