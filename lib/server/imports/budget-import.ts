import 'server-only';
import { categoryLabel, type BudgetLineDraft } from '@/lib/domain/budget';
import { toStoredLine } from '@/lib/domain/budget/stored-line';
import { columnHeader, mapHeaders, normaliseForMatch, type TransferContext } from '@/lib/domain/budget/transfer-columns';
import { cellsToBudgetLine, type TransferCells } from '@/lib/domain/budget/transfer-parse';
import { categoryFromHeading, classifyLayoutRow, kindOfSheet } from '@/lib/domain/budget/transfer-layout';
import { cellText, isBlankRow, type SpreadsheetCell } from '@/lib/domain/text/spreadsheet-cells';
import { revalidate } from '@/lib/server/revalidate';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { loadBudgetOrganisers } from '@/lib/server/queries/budget';
import { readTable } from '@/lib/server/spreadsheets/read-table';
import type { SheetTable } from '@/lib/server/spreadsheets/types';

/*
 * Import of budget lines, all or nothing: every row is validated with the domain rule and every
 * problem reported with its line number; one invalid row and nothing is written.
 */

export const MAX_IMPORT_ROWS = 2000;

export type ImportProblem = { line: number | null; sheet: string | null; messages: string[] };
export type ImportedRow = { line: number; sheet: string | null; draft: BudgetLineDraft };
export type ImportPreviewLine = {
  line: number;
  sheet: string | null;
  kind: BudgetLineDraft['kind'];
  category: string;
  label: string;
  forecastCents: number;
  actualCents: number | null;
  /** Not forecast: « non prévu », no gap. */
  unplanned: boolean;
};

export type ImportOutcome =
  | { ok: true; rows: ImportedRow[] }
  | { ok: false; error: string; problems: ImportProblem[] };

const LINE_SHEETS = ['charges', 'produits'];

/** The sheets « Charges » and « Produits » of Trame's export, or else the first sheet. */
function budgetSheets(names: readonly string[]): readonly string[] {
  const named = names.filter((name) => LINE_SHEETS.includes(normaliseForMatch(name)));
  return named.length > 0 ? named : names.slice(0, 1);
}

// A title or a blank row may sit above the header of a hand-made table: it is looked for in the first rows.
const HEADER_SEARCH_ROWS = 10;

function findHeader(table: SheetTable) {
  const candidates = [{ line: 1, cells: table.header as readonly SpreadsheetCell[] }, ...table.rows.slice(0, HEADER_SEARCH_ROWS)];
  for (const [index, candidate] of candidates.entries()) {
    const mapping = mapHeaders(candidate.cells.map((cell) => cellText(cell)));
    if (mapping.missing.length === 0) return { mapping, line: candidate.line, rows: table.rows.slice(index) };
  }
  return null;
}

const MISSING_COLUMNS =
  'Colonnes introuvables : il faut une colonne « Libellé » (ou Intitulé, Poste, Désignation) et une colonne de montant ' +
  '« Prévisionnel (€) » et/ou « Réalisé (€) » (ou Prévu, Montant), sur la première ligne ou une des dix suivantes.';

/**
 * Reads one sheet laid out as Trame exports it, or as a bilan's expense annex: category title rows
 * (a label, no amount) set the category of the lines below, « Total »/« Sous-total » and blank rows
 * are skipped, a line with a blank forecast and an actual amount is « non prévu ». Every problem of
 * every row is reported; nothing is written here.
 */
function validateTable(table: SheetTable, context: TransferContext) {
  const rows: ImportedRow[] = [];
  const problems: ImportProblem[] = [];
  const header = findHeader(table);
  if (!header) {
    const { missing } = mapHeaders(table.header);
    const names = missing.map((id) => `« ${columnHeader(id)} »`).join(', ');
    problems.push({ line: 1, sheet: table.name, messages: [`${MISSING_COLUMNS} Manquantes ici : ${names}.`] });
    return { rows, problems };
  }
  const { mapping } = header;
  const kind = kindOfSheet(table.name);
  const indexOf = (id: string) => mapping.columns.findIndex((column) => column === id);
  const amountColumns = ['forecast', 'actual'].map(indexOf).filter((index) => index >= 0);
  const labelColumn = indexOf('label');
  let category: string | null = null;
  let headingFailed = false;
  for (const row of header.rows.filter((candidate) => candidate.line !== header.line)) {
    if (isBlankRow(row.cells)) continue;
    const texts = row.cells.map((cell) => (cell === null ? '' : cellText(cell).trim()));
    // A title may sit in the first column when the labels sit in another one.
    const label = texts[labelColumn] || (texts.filter((text) => text !== '').length === 1 ? (texts.find((text) => text !== '') ?? '') : '');
    const hasAmount = amountColumns.some((index) => texts[index] !== '');
    const hasOtherText = texts.some((text, index) => text !== '' && text !== label && !amountColumns.includes(index));
    const layout = classifyLayoutRow({ label, hasAmount, hasOtherText });
    if (layout.kind === 'blank' || layout.kind === 'total') continue;
    if (layout.kind === 'heading') {
      category = categoryFromHeading(layout.label, kind);
      headingFailed = category === null;
      if (headingFailed) {
        problems.push({
          line: row.line,
          sheet: table.name,
          messages: [
            `« ${layout.label} » est lu comme un titre de catégorie (aucun montant) mais ne correspond à aucune catégorie : ` +
              'renommez-le comme une catégorie de Trame (Achats, Intervenants, Déplacements, Communication, Location du lieu, ' +
              'Prestations, Charges de personnel, Autres charges), ou ajoutez une colonne « Catégorie ».',
          ],
        });
      }
      continue;
    }
    const cells: TransferCells = {};
    mapping.columns.forEach((column, index) => {
      if (column) cells[column] = row.cells[index] ?? null;
    });
    const parsed = cellsToBudgetLine(cells, context, { kind, category });
    if (parsed.ok) rows.push({ line: row.line, sheet: table.name, draft: parsed.line });
    else {
      // Under a title already reported, a missing category is the same problem.
      const messages = headingFailed ? parsed.problems.filter((message) => !message.startsWith(`« ${columnHeader('category')} »`)) : [...parsed.problems];
      if (messages.length > 0) problems.push({ line: row.line, sheet: table.name, messages });
    }
  }
  return { rows, problems };
}

/** Reads and validates the file against the event's co-organisers; writes nothing. */
async function checkFile(eventId: string, file: File): Promise<ImportOutcome & { context?: TransferContext }> {
  const read = await readTable({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, { sheets: budgetSheets });
  if (!read.ok) return { ok: false, error: read.error, problems: [] };
  const { organisers } = await loadBudgetOrganisers(db(), eventId);
  const context: TransferContext = { organisations: organisers };
  const results = read.table.sheets.map((table) => validateTable(table, context));
  const rows = results.flatMap((result) => result.rows);
  const problems = results.flatMap((result) => result.problems);
  if (rows.length + problems.length > MAX_IMPORT_ROWS) {
    return { ok: false, error: `Ce fichier compte plus de ${MAX_IMPORT_ROWS} lignes : découpez-le.`, problems: [] };
  }
  if (problems.length > 0) {
    const count = problems.length;
    return {
      ok: false,
      error: `${count} ligne${count > 1 ? 's' : ''} à corriger dans le fichier : rien n’a été importé.`,
      problems,
    };
  }
  if (rows.length === 0) return { ok: false, error: 'Ce fichier ne contient aucune ligne de budget.', problems: [] };
  return { ok: true, rows, context };
}

/** The preview shown before « Confirmer l’import ». */
export async function previewBudgetImport(eventId: string, file: File) {
  await requireEventPermission(eventId, 'event.edit');
  const outcome = await checkFile(eventId, file);
  if (!outcome.ok) return outcome;
  const lines: ImportPreviewLine[] = outcome.rows.map(({ line, sheet, draft }) => ({
    line,
    sheet,
    kind: draft.kind,
    category: categoryLabel(draft),
    label: draft.label,
    forecastCents: draft.forecastCents,
    actualCents: draft.actualCents,
    unplanned: draft.unplanned ?? false,
  }));
  return { ok: true as const, lines };
}

/** Validates the file again and writes all its lines in one transaction, or none. */
export async function importBudgetFile(eventId: string, file: File, mode: 'append' | 'replace') {
  await requireEventPermission(eventId, 'event.edit');
  const outcome = await checkFile(eventId, file);
  if (!outcome.ok) return outcome;
  const count = await db().$transaction(async (tx) => {
    if (mode === 'replace') await tx.budgetLine.deleteMany({ where: { eventId } });
    const last = await tx.budgetLine.aggregate({ where: { eventId }, _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;
    const created = await tx.budgetLine.createMany({
      data: outcome.rows.map((row, index) => ({ ...toStoredLine(row.draft), eventId, position: start + index })),
    });
    return created.count;
  });
  revalidate(`/evenements/${eventId}/budget`);
  return { ok: true as const, count };
}
