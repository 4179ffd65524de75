import type { SpreadsheetCell } from '@/lib/domain/text/spreadsheet-cells';

export type TableRow = { line: number; cells: SpreadsheetCell[] };

/** One sheet (or the only table of a CSV): its header texts and its rows with their sheet row numbers. */
export type SheetTable = { name: string | null; header: string[]; rows: TableRow[] };

export const UNREADABLE_CSV = 'Ce fichier CSV est illisible : enregistrez-le depuis votre tableur au format « CSV (séparateur : point-virgule) ».';
export const UNREADABLE_XLSX = 'Ce fichier Excel est illisible : enregistrez-le au format « Classeur Excel (.xlsx) ».';
export const TOO_BIG_UNZIPPED =
  'Ce fichier est trop volumineux une fois décompressé : enregistrez seulement la feuille utile, ou découpez-le en plusieurs fichiers.';
