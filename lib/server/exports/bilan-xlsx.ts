import 'server-only';
import ExcelJS from 'exceljs';
import { formatDuration, formatEntered, formatObjective, formatRating } from '@/lib/domain/bilan/display';
import { COMBINED_COLUMNS, COMBINED_RULE, combinedRowValues, describeSource, OUTSIDE_MARK, OUTSIDE_SECTION_TITLE } from '@/lib/domain/bilan/outside-results';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { formatDateRange, formatDayTitle, formatTime } from '@/lib/domain/dates';
import { addTableSheet, COUNT_FORMAT, createWorkbook, EURO_FORMAT, PERCENT_FORMAT, workbookBytes, type XlsxCell as Cell } from '@/lib/server/spreadsheets/write-xlsx';
import { CERFA_GRANT_HEADERS, cerfaGrantLines, cerfaRows, grantDescription, paymentMonthLabel } from './bilan-cerfa';

export const BILAN_SHEETS = {
  summary: 'Synthèse',
  programme: 'Programme',
  budget: 'Budget',
  expenses: 'Dépenses',
  cerfa: 'Compte rendu financier',
  audiences: 'Participants par catégorie',
} as const;

const euros = (cents: number | null) => (cents === null ? null : cents / 100);
const fraction = (percent: number | null) => (percent === null ? null : percent / 100);

/** Every text cell is formula-safe (write-xlsx): a label typed as "=…" never becomes a formula. */
function sheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], widths: readonly number[], formats: readonly (string | null)[] = []) {
  const { sheet: ws, add } = addTableSheet(workbook, name, headers.map((header, index) => ({ header, width: widths[index], numFmt: formats[index] })));
  return { ws, add: (values: readonly Cell[]) => add(values) };
}

function addSummary(workbook: ExcelJS.Workbook, s: BilanSnapshot, version: { number: number; validatedAt: Date }) {
  const { ws, add } = sheet(workbook, BILAN_SHEETS.summary, ['Indicateur', 'Valeur'], [52, 28]);
  const q = s.quantitative;
  const f = s.financial;
  const money = (label: string, cents: number | null) => (add([label, euros(cents)]).getCell(2).numFmt = EURO_FORMAT);
  const count = (label: string, value: number) => (add([label, value]).getCell(2).numFmt = COUNT_FORMAT);
  const percent = (label: string, value: number | null) => (add([label, fraction(value)]).getCell(2).numFmt = PERCENT_FORMAT);
  add(['Événement', s.introduction.title]);
  add(['Dates', formatDateRange(new Date(s.introduction.startsAt), new Date(s.introduction.endsAt))]);
  add(['Organisateurs', s.introduction.organisers.map((o) => o.name).join(', ')]);
  add(['Version validée', `Version ${version.number}`]);
  count('Demi-journées', q.halfDays);
  count('Séances de contenu tenues', q.sessionsHeld);
  count('Séances annulées', q.sessionsCancelled);
  add(['Durée de contenu', formatDuration(q.contentMinutes)]);
  count('Intervenant·es', q.speakers.total);
  add(['Équipe pendant l’événement', `${formatEntered(q.staff.eventPeople, 'personnes')}, ${formatEntered(q.staff.eventHours, 'heures')}`]);
  add(['Équipe en préparation', `${formatEntered(q.staff.prepPeople, 'personnes')}, ${formatEntered(q.staff.prepDays, 'jours')}`]);
  count('Participants présents (hors intervenant·es)', q.participants.total);
  count('dont venus sans inscription', q.participants.walkIns);
  add(['Objectif de participation', formatObjective(q.participants)]);
  percent('Participants rapportés à l’objectif minimum', q.participants.objectiveReached);
  for (const day of q.perDay) {
    count(`Présents — ${formatDayTitle(day.day)}`, day.present);
    percent(`Taux de no-show — ${formatDayTitle(day.day)}`, day.noShowRate);
  }
  const summary = s.qualitative.questionnaire;
  if (summary) {
    percent('Taux de réponse au questionnaire', summary.responseRate);
    add(['Satisfaction globale', formatRating(summary.overallSatisfaction)]);
  }
  const outside = s.qualitative.outside;
  if (outside) {
    count(`Réponses ${OUTSIDE_MARK} (${outside.sources.map((source) => source.sourceLabel).join(', ')})`, outside.responses.outside);
    count('Réponses au total (Trame et hors Trame)', outside.responses.total);
  }
  money('Total des charges réalisées', f.totals.chargesActualCents);
  money('Total des produits réalisés', f.totals.produitsActualCents);
  money('dont charges de personnel', f.personnel.actualCents);
  money(`Résultat (charges − produits) : ${f.balance.label}`, f.balance.differenceCents);
  money('Coût par participant', f.costPerParticipantCents);
  ws.getRow(1).font = { bold: true };
}

function addProgramme(workbook: ExcelJS.Workbook, s: BilanSnapshot) {
  const { add } = sheet(workbook, BILAN_SHEETS.programme, ['Journée', 'Horaire', 'Séance', 'Format', 'Salle', 'Intervenant·es', 'Annulée'], [26, 14, 48, 20, 18, 40, 10]);
  for (const { day, sessions } of s.annexes.programme) {
    for (const x of sessions) {
      add([formatDayTitle(day), `${formatTime(new Date(x.startsAt))}–${formatTime(new Date(x.endsAt))}`, x.title, x.formatLabel, x.room, x.speakers.join(', '), x.cancelled ? 'oui' : 'non']);
    }
  }
}

export const EXPENSE_HEADERS = ['Catégorie', 'Libellé', 'Fournisseur', 'Référence du paiement', 'Mois du paiement', 'Personne ou structure', 'Jours', 'Coût journalier', 'Montant', 'Montant réalisé'] as const;

function addBudget(workbook: ExcelJS.Workbook, s: BilanSnapshot) {
  const f = s.financial;
  const { add } = sheet(workbook, BILAN_SHEETS.budget, ['Type', 'Poste', 'Prévisionnel', 'Réalisé', 'Écart'], [12, 44, 16, 16, 10], [null, null, EURO_FORMAT, EURO_FORMAT, PERCENT_FORMAT]);
  for (const row of f.charges) add(['Charge', row.label, euros(row.forecastCents), euros(row.actualCents), fraction(row.gapPercent)]);
  add(['Charge', 'Total des charges', euros(f.totals.chargesForecastCents), euros(f.totals.chargesActualCents), null]).font = { bold: true };
  if (f.produitsBySource) {
    // Every produit line with its source, grouped by category, each group with its total.
    for (const group of f.produitsBySource) {
      for (const line of group.lines) {
        add(['Produit', line.source ? `${line.label} — ${line.source}` : line.label, euros(line.forecastCents), euros(line.actualCents), null]);
      }
      add(['Produit', `Total ${group.label}`, euros(group.forecastCents), euros(group.actualCents), null]).font = { bold: true };
    }
  } else {
    for (const row of f.produits) add(['Produit', row.label, euros(row.forecastCents), euros(row.actualCents), fraction(row.gapPercent)]);
  }
  add(['Produit', 'Total des produits', euros(f.totals.produitsForecastCents), euros(f.totals.produitsActualCents), null]).font = { bold: true };
}

/** The expense annex, one row per line: amounts, days and daily costs are numbers. */
function addExpenses(workbook: ExcelJS.Workbook, s: BilanSnapshot) {
  const { add } = sheet(workbook, BILAN_SHEETS.expenses, EXPENSE_HEADERS, [26, 40, 24, 20, 14, 28, 8, 14, 14, 12], [null, null, null, null, null, null, '0.##', EURO_FORMAT, EURO_FORMAT, null]);
  for (const e of s.annexes.expenses) {
    add([
      e.category,
      e.label,
      e.supplier,
      e.paymentReference,
      e.paymentMonth ? paymentMonthLabel(e.paymentMonth) : null,
      e.personnel?.who ?? null,
      e.personnel?.days ?? null,
      e.personnel ? euros(e.personnel.dailyCostCents) : null,
      euros(e.amountCents),
      e.isActual ? (e.unplanned ? 'oui (non prévu)' : 'oui') : 'non (prévisionnel)',
    ]);
  }
}

function addCerfa(workbook: ExcelJS.Workbook, s: BilanSnapshot) {
  const { add } = sheet(workbook, BILAN_SHEETS.cerfa, ['Code', 'Rubrique', 'Prévision', 'Réalisation', '%'], [18, 52, 16, 16, 10], [null, null, EURO_FORMAT, EURO_FORMAT, PERCENT_FORMAT]);
  for (const row of cerfaRows(s.financial)) {
    const added = add([row.code, row.label, euros(row.forecastCents), euros(row.actualCents), fraction(row.percent)]);
    if (row.level !== 'detail') added.font = { bold: true };
  }
  const grants = cerfaGrantLines(s.financial);
  if (grants.length === 0) return;
  add([]);
  add([...CERFA_GRANT_HEADERS]).font = { bold: true };
  for (const g of grants) add(['', grantDescription(g), euros(g.grantedCents), euros(g.eventCents), g.euCofinanced ? 'oui' : 'non']);
}

/** Counts by category and by day only: the workbook never holds a person's data. */
function addAudiences(workbook: ExcelJS.Workbook, s: BilanSnapshot) {
  const q = s.quantitative;
  const { add } = sheet(workbook, BILAN_SHEETS.audiences, ['Public ou journée', 'Présents', 'Sur le territoire', 'Part', 'Attendus', 'Absents', 'Taux de no-show'], [36, 12, 16, 10, 12, 12, 14], [null, COUNT_FORMAT, COUNT_FORMAT, PERCENT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, PERCENT_FORMAT]);
  for (const a of q.audiences) add([a.label, a.present, a.territoryTotal, fraction(a.share), null, null, null]);
  add([]);
  for (const d of q.perDay) add([formatDayTitle(d.day), d.present, null, null, d.expected, d.noShow, fraction(d.noShowRate)]);
}

/** Sheet added only when the bilan holds results gathered outside Trame (snapshot v3). */
export const OUTSIDE_SHEET = 'Hors Trame';

/** Results gathered outside Trame: each source, the combined table (numbers), the quotes; marked in every row's source. */
function addOutside(workbook: ExcelJS.Workbook, s: BilanSnapshot) {
  const outside = s.qualitative.outside;
  if (!outside) return;
  const { ws, add } = sheet(workbook, OUTSIDE_SHEET, [OUTSIDE_SECTION_TITLE, '', '', '', '', '', ''], [52, 14, 14, 16, 16, 16, 16]);
  add(['Résultats recueillis hors de Trame et reportés par les organisateurs : Trame ne peut pas les vérifier.']);
  for (const source of outside.sources) add([`Source : ${describeSource(source)}`]);
  add(['Réponses au questionnaire de Trame', outside.responses.trame]);
  add(['Réponses recueillies hors Trame', outside.responses.outside]);
  add(['Réponses au total', outside.responses.total]);
  add([]);
  ws.addRow([...COMBINED_COLUMNS]).font = { bold: true };
  for (const score of outside.scores) {
    const row = add(combinedRowValues(score));
    for (const column of [3, 5, 7]) row.getCell(column).numFmt = '0.0';
  }
  add([COMBINED_RULE]);
  add([]);
  for (const source of outside.sources) {
    for (const quote of source.quotes) add([`« ${quote.text} »`, quote.author ?? '', `${source.sourceLabel} (${OUTSIDE_MARK})`]);
  }
  ws.getRow(1).font = { bold: true };
}

/** The bilan as an XLSX workbook: figures are numbers with French formats, every text cell formula-safe. */
export async function bilanXlsx(snapshot: BilanSnapshot, version: { number: number; validatedAt: Date }): Promise<Buffer> {
  const workbook = createWorkbook();
  addSummary(workbook, snapshot, version);
  addProgramme(workbook, snapshot);
  addBudget(workbook, snapshot);
  addExpenses(workbook, snapshot);
  addCerfa(workbook, snapshot);
  addAudiences(workbook, snapshot);
  addOutside(workbook, snapshot);
  return workbookBytes(workbook);
}
