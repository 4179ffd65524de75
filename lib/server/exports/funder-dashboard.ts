import 'server-only';
import { formatCentsDecimal } from '@/lib/domain/budget/decimal-input';
import { parisDay } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import type { FunderEventRow, FunderTotals, GrantGroup } from '@/lib/domain/funders/rollup';
import { writeCsv } from '@/lib/server/spreadsheets/write-csv';
import { COUNT_FORMAT, EURO_FORMAT, PERCENT_FORMAT, addTableSheet, createWorkbook, workbookBytes } from '@/lib/server/spreadsheets/write-xlsx';
import type { FunderDashboard } from '@/lib/server/queries/funder-dashboard';

/*
 * The funder dashboard as a file: one row per shared bilan, then the totals, in the CSV (French
 * Excel) and the XLSX (with a second sheet per grant). Counts and amounts only, never a person.
 */

export type ExportKind = 'text' | 'count' | 'money' | 'percent' | 'rating';
export type ExportValue = string | number | null;
/** A column of a roll-up export: its French header, how its figures are written, its value per row and in the totals. */
export type ExportColumn<Row, Totals> = { header: string; kind: ExportKind; width: number; row: (row: Row) => ExportValue; total: (totals: Totals) => ExportValue };
type Column = ExportColumn<FunderEventRow, FunderTotals>;

const none = () => null;

/**
 * The figures of a validated bilan and their totals, as the funder dashboard and the network page
 * show them; `contributor` names whose contribution the apport is (« du financeur », « du réseau »).
 */
export function bilanFigureColumns(contributor: string): readonly Column[] {
  return [
    { header: 'Participant·es présent·es', kind: 'count', width: 14, row: (r) => r.participants, total: (t) => t.participants },
    { header: 'No-show (%)', kind: 'percent', width: 12, row: (r) => r.noShowRate, total: (t) => t.noShowRate },
    { header: 'Part du public cible du territoire (%)', kind: 'percent', width: 16, row: (r) => r.audienceShare, total: (t) => t.audienceShare },
    { header: 'Satisfaction (sur 5)', kind: 'rating', width: 12, row: (r) => r.satisfaction.average, total: (t) => t.satisfaction.average },
    { header: 'Réponses au questionnaire', kind: 'count', width: 12, row: (r) => r.satisfaction.answers, total: (t) => t.satisfaction.answers },
    { header: 'Coût par participant·e (€)', kind: 'money', width: 14, row: (r) => r.costPerParticipantCents, total: (t) => t.costPerParticipantCents },
    { header: 'Produits (€)', kind: 'money', width: 14, row: (r) => r.produitsCents, total: (t) => t.produitsCents },
    { header: `Apport ${contributor} (€)`, kind: 'money', width: 14, row: (r) => r.funderCents, total: (t) => t.funderCents },
    { header: `Part ${contributor} dans les produits (%)`, kind: 'percent', width: 16, row: (r) => r.funderSharePercent, total: (t) => t.funderSharePercent },
    { header: 'Part de femmes parmi les intervenant·es (%)', kind: 'percent', width: 16, row: (r) => r.speakers.womenShare, total: (t) => t.womenShare },
  ];
}

export const FUNDER_EXPORT_COLUMNS: readonly Column[] = [
  { header: 'Événement', kind: 'text', width: 40, row: (r) => r.title, total: () => 'Total' },
  { header: 'Structure', kind: 'text', width: 28, row: (r) => r.hubName, total: (t) => plural(t.hubs, { one: 'structure', other: 'structures' }) },
  { header: 'Début', kind: 'text', width: 12, row: (r) => parisDay(new Date(r.startsAt)), total: none },
  { header: 'Territoire', kind: 'text', width: 24, row: (r) => r.territoryName ?? '', total: none },
  { header: 'Version du bilan', kind: 'count', width: 10, row: (r) => r.versionNumber, total: none },
  ...bilanFigureColumns('du financeur'),
];

const decimalComma = (value: number) => String(value).replace('.', ',');

/** A figure in the CSV: euros with a decimal comma from integer cents, rates and ratings with a comma. */
export function csvValue(kind: ExportKind, value: ExportValue): string | number | null {
  if (value === null || typeof value === 'string') return value;
  if (kind === 'money') return formatCentsDecimal(value);
  if (kind === 'percent' || kind === 'rating') return decimalComma(value);
  return value;
}

/** A figure in the XLSX: a number the sheet computes with (euros, a percentage as a fraction). */
export function xlsxValue(kind: ExportKind, value: ExportValue): string | number | null {
  if (value === null || typeof value === 'string') return value;
  if (kind === 'money') return value / 100;
  if (kind === 'percent') return value / 100;
  return value;
}

export const NUMBER_FORMATS: Record<ExportKind, string | null> = { text: null, count: COUNT_FORMAT, money: EURO_FORMAT, percent: PERCENT_FORMAT, rating: '0.0' };

export function funderDashboardCsv(dashboard: Pick<FunderDashboard, 'rows' | 'totals'>): string {
  return writeCsv(
    FUNDER_EXPORT_COLUMNS.map((c) => c.header),
    [
      ...dashboard.rows.map((row) => FUNDER_EXPORT_COLUMNS.map((c) => csvValue(c.kind, c.row(row)))),
      FUNDER_EXPORT_COLUMNS.map((c) => csvValue(c.kind, c.total(dashboard.totals))),
    ],
  );
}

const GRANT_COLUMNS = [
  { header: 'Référence de la convention', width: 26 },
  { header: 'Date de la convention', width: 14 },
  { header: 'Montant accordé', width: 16, numFmt: EURO_FORMAT },
  { header: 'Cofinancement européen', width: 12 },
  { header: 'Événement', width: 40 },
  { header: 'Structure', width: 28 },
  { header: 'Affecté à l’événement', width: 16, numFmt: EURO_FORMAT },
  { header: 'Participant·es', width: 12, numFmt: COUNT_FORMAT },
] as const;

function addGrants(workbook: ReturnType<typeof createWorkbook>, grants: readonly GrantGroup[]) {
  const { add } = addTableSheet(workbook, 'Par subvention', GRANT_COLUMNS);
  for (const grant of grants) {
    const reference = grant.reference ?? 'Sans référence de convention';
    for (const event of grant.events) {
      add([reference, grant.agreementDate, grant.amountCents === null ? null : grant.amountCents / 100, grant.euCofinanced ? 'oui' : 'non', event.title, event.hubName, event.eventCents / 100, event.participants]);
    }
    add([`Total ${reference}`, null, null, null, null, null, grant.eventCents / 100, grant.participants]).font = { bold: true };
  }
}

export async function funderDashboardXlsx(dashboard: Pick<FunderDashboard, 'rows' | 'totals' | 'grants'>): Promise<Buffer> {
  const workbook = createWorkbook();
  const { add } = addTableSheet(
    workbook,
    'Bilans partagés',
    FUNDER_EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width, numFmt: NUMBER_FORMATS[c.kind] })),
  );
  for (const row of dashboard.rows) add(FUNDER_EXPORT_COLUMNS.map((c) => xlsxValue(c.kind, c.row(row))));
  add(FUNDER_EXPORT_COLUMNS.map((c) => xlsxValue(c.kind, c.total(dashboard.totals)))).font = { bold: true };
  if (dashboard.grants.length > 0) addGrants(workbook, dashboard.grants);
  return workbookBytes(workbook);
}
