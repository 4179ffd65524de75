import 'server-only';
import { parisDay } from '@/lib/domain/dates';
import { EVENT_STATUS_LABELS } from '@/lib/domain/events/status';
import { plural } from '@/lib/domain/format/french';
import type { FunderTotals } from '@/lib/domain/funders/rollup';
import { CORE_QUESTION_KIND_LABELS } from '@/lib/domain/networks/core-questions';
import type { CoreResult } from '@/lib/domain/networks/rollup';
import { bilanFigureColumns, csvValue, NUMBER_FORMATS, xlsxValue, type ExportColumn, type ExportKind, type ExportValue } from '@/lib/server/exports/funder-dashboard';
import type { NetworkCycleRow, NetworkPage } from '@/lib/server/queries/network';
import { writeCsv } from '@/lib/server/spreadsheets/write-csv';
import { addTableSheet, createWorkbook, workbookBytes } from '@/lib/server/spreadsheets/write-xlsx';

/*
 * The network page as a file (issue 19 follow-up): one row per cycle event of a joined member, then
 * the totals (the figures of the validated bilans, as the page totals them), then the common core's
 * anonymous results: a second sheet in the XLSX, a second section of the CSV. Counts, amounts and
 * sums only, never a person nor a free text. The columns and number formats are the funder
 * export's (lib/server/exports/funder-dashboard.ts), the writers lib/server/spreadsheets'.
 */

type Column = ExportColumn<NetworkCycleRow, FunderTotals>;
const none = () => null;

export const NETWORK_EXPORT_COLUMNS: readonly Column[] = [
  { header: 'Structure membre', kind: 'text', width: 28, row: (r) => r.hubName, total: () => 'Total' },
  { header: 'Événement', kind: 'text', width: 40, row: (r) => r.title, total: (t) => `${plural(t.events, { one: 'bilan validé', other: 'bilans validés' })}, ${plural(t.hubs, { one: 'structure', other: 'structures' })}` },
  { header: 'Début', kind: 'text', width: 12, row: (r) => parisDay(r.startsAt), total: none },
  { header: 'Fin', kind: 'text', width: 12, row: (r) => parisDay(r.endsAt), total: none },
  { header: 'Territoire', kind: 'text', width: 24, row: (r) => r.territoryName ?? '', total: none },
  { header: 'Statut', kind: 'text', width: 14, row: (r) => EVENT_STATUS_LABELS[r.status], total: none },
  { header: 'Version du bilan validé', kind: 'count', width: 10, row: (r) => r.figures?.versionNumber ?? null, total: none },
  { header: 'Questionnaires remplis', kind: 'count', width: 12, row: (r) => r.responses, total: none },
  // An event without validated bilan has no figure (empty cells), and does not count in the totals.
  ...bilanFigureColumns('du réseau').map((c): Column => ({ ...c, row: (r) => (r.figures ? c.row(r.figures) : null) })),
];

type CoreLine = { question: string; kind: string; events: number; answers: number; average: number | null; value: string; count: number; percent: number | null };
type CoreColumn = { header: string; kind: ExportKind; width: number; cell: (line: CoreLine) => ExportValue };

export const CORE_EXPORT_COLUMNS: readonly CoreColumn[] = [
  { header: 'Question commune', kind: 'text', width: 40, cell: (l) => l.question },
  { header: 'Type', kind: 'text', width: 18, cell: (l) => l.kind },
  { header: 'Événements', kind: 'count', width: 12, cell: (l) => l.events },
  { header: 'Réponses à la question', kind: 'count', width: 12, cell: (l) => l.answers },
  { header: 'Moyenne (sur 5)', kind: 'rating', width: 12, cell: (l) => l.average },
  { header: 'Note ou réponse proposée', kind: 'text', width: 28, cell: (l) => l.value },
  { header: 'Nombre de réponses', kind: 'count', width: 12, cell: (l) => l.count },
  { header: 'Part des réponses (%)', kind: 'percent', width: 12, cell: (l) => l.percent },
];

/** One line per note (1 to 5) or proposed answer of each core question, the question's sums repeated. */
export function coreLines(results: readonly CoreResult[]): CoreLine[] {
  return results.flatMap((result): CoreLine[] => {
    const base = { question: result.label, kind: CORE_QUESTION_KIND_LABELS[result.kind], events: result.events, answers: result.answers };
    return result.kind === 'scale'
      ? result.distribution.map((count, index) => ({ ...base, average: result.average, value: `${index + 1} sur 5`, count, percent: null }))
      : result.options.map((option) => ({ ...base, average: null, value: option.label, count: option.count, percent: option.percent }));
  });
}

type Rollup = Pick<NetworkPage, 'rows' | 'totals' | 'coreResults'>;

export function networkRollupCsv(page: Rollup): string {
  const core = coreLines(page.coreResults);
  return writeCsv(
    NETWORK_EXPORT_COLUMNS.map((c) => c.header),
    [
      ...page.rows.map((row) => NETWORK_EXPORT_COLUMNS.map((c) => csvValue(c.kind, c.row(row)))),
      NETWORK_EXPORT_COLUMNS.map((c) => csvValue(c.kind, c.total(page.totals))),
      // The second section: the common core's results, under their own header line.
      [],
      CORE_EXPORT_COLUMNS.map((c) => c.header),
      ...core.map((line) => CORE_EXPORT_COLUMNS.map((c) => csvValue(c.kind, c.cell(line)))),
    ],
  );
}

export async function networkRollupXlsx(page: Rollup): Promise<Buffer> {
  const workbook = createWorkbook();
  const events = addTableSheet(
    workbook,
    'Événements du cycle',
    NETWORK_EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width, numFmt: NUMBER_FORMATS[c.kind] })),
  );
  for (const row of page.rows) events.add(NETWORK_EXPORT_COLUMNS.map((c) => xlsxValue(c.kind, c.row(row))));
  events.add(NETWORK_EXPORT_COLUMNS.map((c) => xlsxValue(c.kind, c.total(page.totals)))).font = { bold: true };
  const core = addTableSheet(
    workbook,
    'Socle commun',
    CORE_EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width, numFmt: NUMBER_FORMATS[c.kind] })),
  );
  for (const line of coreLines(page.coreResults)) core.add(CORE_EXPORT_COLUMNS.map((c) => xlsxValue(c.kind, c.cell(line))));
  return workbookBytes(workbook);
}
