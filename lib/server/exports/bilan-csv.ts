import 'server-only';
import { combinedRowValues, OUTSIDE_MARK } from '@/lib/domain/bilan/outside-results';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { formatCentsDecimal } from '@/lib/domain/budget/decimal-input';
import { writeCsv as csv } from '@/lib/server/spreadsheets/write-csv';
import { CERFA_GRANT_HEADERS, cerfaGrantLines, cerfaRows, grantDescription, paymentMonthLabel } from './bilan-cerfa';

/** A rate written for a spreadsheet: decimal comma, no unit (the header says %). */
const rate = (percent: number | null) => (percent === null ? '' : String(percent).replace('.', ','));

/** The bilan's budget lines (the detailed expenses of the annexes), for French Excel. */
export function bilanBudgetCsv(snapshot: BilanSnapshot): string {
  return csv(
    ['Catégorie', 'Libellé', 'Fournisseur', 'Référence de paiement', 'Mois de paiement', 'Montant (€)', 'Montant réalisé'],
    snapshot.annexes.expenses.map((e) => [
      e.category,
      e.label,
      e.supplier ?? '',
      e.paymentReference ?? '',
      e.paymentMonth ? paymentMonthLabel(e.paymentMonth) : '',
      formatCentsDecimal(e.amountCents),
      e.isActual ? (e.unplanned ? 'oui (non prévu)' : 'oui') : 'non (prévisionnel)',
    ]),
  );
}

/** The compte rendu financier (Cerfa 15059): code, rubrique, prévision, réalisation, %. */
export function bilanCerfaCsv(snapshot: BilanSnapshot): string {
  return csv(
    ['Code', 'Rubrique', 'Prévision (€)', 'Réalisation (€)', '% réalisé'],
    [
      ...cerfaRows(snapshot.financial).map((row) => [row.code, row.label, formatCentsDecimal(row.forecastCents), formatCentsDecimal(row.actualCents), rate(row.percent)]),
      ...cerfaGrantRows(snapshot),
    ],
  );
}

/** After the form, the subsidies with their references (a blank row, then their own header). */
function cerfaGrantRows(snapshot: BilanSnapshot): string[][] {
  const grants = cerfaGrantLines(snapshot.financial);
  if (grants.length === 0) return [];
  return [
    [],
    [...CERFA_GRANT_HEADERS],
    ...grants.map((g) => ['', grantDescription(g), g.grantedCents === null ? '' : formatCentsDecimal(g.grantedCents), formatCentsDecimal(g.eventCents), g.euCofinanced ? 'oui' : 'non']),
  ];
}

const decimal = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

/**
 * Results gathered outside Trame (snapshot v3), one row per figure, each row saying where it comes
 * from: « Trame », « hors Trame : <source> » or « combiné ». Quotes follow, with their source.
 */
export function bilanOutsideCsv(snapshot: BilanSnapshot): string {
  const outside = snapshot.qualitative.outside;
  const rows: string[][] = [];
  if (outside) {
    rows.push(['Réponses', 'Trame', String(outside.responses.trame), '']);
    for (const source of outside.sources) rows.push(['Réponses', `${OUTSIDE_MARK} : ${source.sourceLabel}`, String(source.responseCount), '']);
    rows.push(['Réponses', 'combiné', String(outside.responses.total), '']);
    for (const score of outside.scores) {
      const [label, trameAnswers, trameAverage, outsideAnswers, outsideAverage, answers, average] = combinedRowValues(score);
      if (trameAnswers !== null) rows.push([label, 'Trame', String(trameAnswers), decimal(trameAverage)]);
      rows.push([label, OUTSIDE_MARK, String(outsideAnswers), decimal(outsideAverage)]);
      rows.push([label, 'combiné', String(answers), decimal(average)]);
    }
    for (const source of outside.sources) {
      for (const quote of source.quotes) rows.push(['Citation', `${OUTSIDE_MARK} : ${source.sourceLabel}`, quote.author ?? '', quote.text]);
    }
  }
  return csv(['Question ou élément', 'Provenance', 'Réponses (ou auteur·rice)', 'Moyenne sur 5 (ou citation)'], rows);
}
