import 'server-only';
import Papa from 'papaparse';
import { neutraliseFormula } from '@/lib/domain/text/spreadsheet-safe';

/*
 * The one CSV writer: French Excel opens with a double click a CSV in UTF-8 with BOM, separated by
 * semicolons, lines ending in CRLF. Amounts arrive already written with a decimal comma (callers
 * format them); every text is formula-safe here, once, so no caller neutralises on its own.
 */

const BOM = '\ufeff';

/** Text (neutralised), a whole number, or an empty cell. */
export type CsvCell = string | number | null;

const csvCell = (cell: CsvCell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : neutraliseFormula(cell));

export function writeCsv(headers: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const body = Papa.unparse(
    { fields: headers.map(csvCell), data: rows.map((row) => row.map(csvCell)) },
    // Papa's own `escapeFormulae` would quote-prefix a second time.
    { delimiter: ';', newline: '\r\n', escapeFormulae: false },
  );
  return `${BOM}${body}\r\n`;
}
