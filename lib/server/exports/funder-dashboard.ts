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

type Kind = 'text' | 'count' | 'money' | 'percent' | 'rating';
type Value = string | number | null;
type Column = { header: string; kind: Kind; width: number; row: (row: FunderEventRow) => Value; total: (totals: FunderTotals) => Value };

const none = () => null;

export const FUNDER_EXPORT_COLUMNS: readonly Column[] = [
  { header: 'Événement', kind: 'text', width: 40, row: (r) => r.title, total: () => 'Total' },
  { header: 'Structure', kind: 'text', width: 28, row: (r) => r.hubName, total: (t) => plural(t.hubs, { one: 'structure', other: 'structures' }) },
  { header: 'Début', kind: 'text', width: 12, row: (r) => parisDay(new Date(r.startsAt)), total: none },
  { header: 'Territoire', kind: 'text', width: 24, row: (r) => r.territoryName ?? '', total: none },
  { header: 'Version du bilan', kind: 'count', width: 10, row: (r) => r.versionNumber, total: none },
  { header: 'Participant·es présent·es', kind: 'count', width: 14, row: (r) => r.participants, total: (t) => t.participants },
  { header: 'No-show (%)', kind: 'percent', width: 12, row: (r) => r.noShowRate, total: (t) => t.noShowRate },
  { header: 'Part du public cible du territoire (%)', kind: 'percent', width: 16, row: (r) => r.audienceShare, total: (t) => t.audienceShare },
  { header: 'Satisfaction (sur 5)', kind: 'rating', width: 12, row: (r) => r.satisfaction.average, total: (t) => t.satisfaction.average },
  { header: 'Réponses au questionnaire', kind: 'count', width: 12, row: (r) => r.satisfaction.answers, total: (t) => t.satisfaction.answers },
  { header: 'Coût par participant·e (€)', kind: 'money', width: 14, row: (r) => r.costPerParticipantCents, total: (t) => t.costPerParticipantCents },
  { header: 'Produits (€)', kind: 'money', width: 14, row: (r) => r.produitsCents, total: (t) => t.produitsCents },
  { header: 'Apport du financeur (€)', kind: 'money', width: 14, row: (r) => r.funderCents, total: (t) => t.funderCents },
  { header: 'Part du financeur dans les produits (%)', kind: 'percent', width: 16, row: (r) => r.funderSharePercent, total: (t) => t.funderSharePercent },
  { header: 'Part de femmes parmi les intervenant·es (%)', kind: 'percent', width: 16, row: (r) => r.speakers.womenShare, total: (t) => t.womenShare },
];

const decimalComma = (value: number) => String(value).replace('.', ',');

function csvValue(kind: Kind, value: Value): string | number | null {
  if (value === null || typeof value === 'string') return value;
  if (kind === 'money') return formatCentsDecimal(value);
  if (kind === 'percent' || kind === 'rating') return decimalComma(value);
  return value;
}

function xlsxValue(kind: Kind, value: Value): string | number | null {
  if (value === null || typeof value === 'string') return value;
  if (kind === 'money') return value / 100;
  if (kind === 'percent') return value / 100;
  return value;
}

const NUMBER_FORMATS: Record<Kind, string | null> = { text: null, count: COUNT_FORMAT, money: EURO_FORMAT, percent: PERCENT_FORMAT, rating: '0.0' };

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
