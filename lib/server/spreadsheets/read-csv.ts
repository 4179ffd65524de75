import 'server-only';
import Papa from 'papaparse';
import { withoutControlCharacters } from '@/lib/domain/text/spreadsheet-cells';
import { decodeText } from './decode';
import { UNREADABLE_CSV, type SheetTable } from './types';

/** `;` first: French Excel's « CSV (séparateur : point-virgule) », whose amounts hold commas. */
export const CSV_DELIMITERS = [';', ',', '\t'];
const FALLBACK_DELIMITER = ';';

export type CsvTable = { encoding: string; delimiter: string; sheet: SheetTable };

/**
 * papaparse guesses the separator: the one that splits the first ten non-empty lines into the
 * most regular number of fields (empty lines, such as the last one, would blur the count). A file
 * of one column has none, and reads as `;`.
 */
export function guessDelimiter(text: string): string {
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: CSV_DELIMITERS, skipEmptyLines: true, preview: 10 });
  return guess.errors.some((error) => error.code === 'UndetectableDelimiter') ? FALLBACK_DELIMITER : guess.meta.delimiter;
}

/**
 * A CSV file as one table of text cells, the header being row 1. A NUL left after decoding means
 * a binary file: refused.
 */
export function readCsv(bytes: Uint8Array): { ok: true; table: CsvTable } | { ok: false; error: string } {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) return { ok: false, error: UNREADABLE_CSV };
  // Empty lines are kept here so that record N is spreadsheet row N + 1.
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) return { ok: false, error: `Ligne ${(quoteError.row ?? 0) + 1} : un guillemet n’est pas refermé. ${UNREADABLE_CSV}` };
  const [header = [], ...records] = parsed.data.map((cells) => cells.map(withoutControlCharacters));
  const rows = records.map((cells, index) => ({ line: index + 2, cells }));
  return { ok: true, table: { encoding, delimiter: parsed.meta.delimiter, sheet: { name: null, header: header.map((cell) => cell.trim()), rows } } };
}
