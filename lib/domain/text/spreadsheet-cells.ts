/*
 * Les cellules d'un tableur importé, lues de la même façon par tous les imports (budget,
 * inscriptions) : texte sans caractères de contrôle, date lue comme l'heure murale du tableur.
 */

/** What a cell holds once read: text (every CSV cell), or a number, date or boolean from an XLSX. */
export type SpreadsheetCell = string | number | boolean | Date | null;

// C0 control characters but tab, line feed and carriage return: PostgreSQL refuses NUL in a text,
// and none of them is something a person typed in a cell (an XLSX writes them as `_x0000_`).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Excel stores a date as a wall-clock time (exceljs hands it over as if it were UTC): written
 * back without a zone, it is read as Paris time like the dates of a CSV.
 */
export function wallClockText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** A cell as text, for imports that read every column as text. */
export function cellText(cell: SpreadsheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return wallClockText(cell);
  return String(cell);
}

export function isBlankRow(cells: readonly SpreadsheetCell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
