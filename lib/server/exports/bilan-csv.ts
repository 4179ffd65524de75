import 'server-only';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { formatCentsDecimal } from '@/lib/domain/budget/decimal-input';
import { writeCsv as csv } from '@/lib/server/spreadsheets/write-csv';
import { cerfaRows, paymentMonthLabel } from './bilan-cerfa';

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
    cerfaRows(snapshot.financial).map((row) => [row.code, row.label, formatCentsDecimal(row.forecastCents), formatCentsDecimal(row.actualCents), rate(row.percent)]),
  );
}
