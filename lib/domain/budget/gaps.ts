import type { BudgetLine, BudgetLineDraft } from './line';
import { percent } from './money';
import { totalsByCategory, type Amounts, type BudgetSections, type CategoryTotal } from './totals';

/*
 * Écart entre réalisé et prévisionnel, et la règle de l'annexe du compte rendu financier :
 * un écart significatif doit être expliqué.
 */

export type Gap = {
  /** Réalisé − prévisionnel ; `null` tant qu'aucun réalisé n'est connu. */
  readonly gapCents: number | null;
  /** Écart rapporté au prévisionnel, à une décimale ; `null` sans réalisé ou sur un prévisionnel nul. */
  readonly gapPercent: number | null;
};

type AmountLine = Pick<BudgetLineDraft, 'forecastCents' | 'actualCents' | 'unplanned'>;

/** Une ligne non prévue n'a pas d'écart : il n'y avait rien à tenir. */
export function lineGap(line: AmountLine): Gap {
  if (line.actualCents === null || line.unplanned === true) return { gapCents: null, gapPercent: null };
  const gapCents = line.actualCents - line.forecastCents;
  return { gapCents, gapPercent: percent(gapCents, line.forecastCents) };
}

/**
 * Écart d'un total : calculé sur les réalisés saisis des lignes prévues (le réalisé des lignes non
 * prévues n'est pas un écart au prévisionnel), `null` si aucun réalisé ne l'est.
 */
export function amountsGap(amounts: Amounts): Gap {
  const planned = amounts.lineCount - (amounts.unplannedCount ?? 0);
  if (planned <= 0 || amounts.missingActualCount >= planned) return { gapCents: null, gapPercent: null };
  return lineGap({ forecastCents: amounts.forecastCents, actualCents: amounts.actualCents - (amounts.unplannedActualCents ?? 0) });
}

export type CategoryGap = CategoryTotal & Gap;

export function gapsByCategory(lines: readonly BudgetLineDraft[]): BudgetSections<readonly CategoryGap[]> {
  const totals = totalsByCategory(lines);
  const withGap = (section: readonly CategoryTotal[]) => section.map((total) => ({ ...total, ...amountsGap(total) }));
  return {
    charges: withGap(totals.charges),
    produits: withGap(totals.produits),
    inKindCharges: withGap(totals.inKindCharges),
    inKindProduits: withGap(totals.inKindProduits),
  };
}

/** Au-delà de 15 % d'écart (strictement), le réalisé doit être expliqué. */
export const EXPLANATION_THRESHOLD_PERCENT = 15;

export const EXPLANATION_REQUIRED_MESSAGE =
  `L'écart entre le réalisé et le prévisionnel dépasse ${EXPLANATION_THRESHOLD_PERCENT} % : ` +
  'expliquez-le, le compte rendu financier le demande.';

/**
 * Vrai quand le réalisé s'écarte du prévisionnel de plus de 15 % du prévisionnel, dans un
 * sens ou dans l'autre. Un prévisionnel de 0 € saisi et réalisé compte ; une ligne marquée non
 * prévue (prévisionnel laissé vide) ne demande rien.
 * La comparaison est entière et exacte : 15,04 % s'affiche « 15,0 % » mais demande une
 * explication, 14,96 % aussi s'affiche « 15,0 % » et n'en demande pas.
 */
export function requiresExplanation(line: AmountLine): boolean {
  if (line.actualCents === null || line.unplanned === true) return false;
  const gap = Math.abs(line.actualCents - line.forecastCents);
  return gap * 100 > EXPLANATION_THRESHOLD_PERCENT * line.forecastCents;
}

export function hasExplanation(line: Pick<BudgetLineDraft, 'explanation'>): boolean {
  return (line.explanation ?? '').trim().length > 0;
}

/** Les lignes dont l'écart demande une explication qui manque encore. */
export function listLinesMissingExplanation<L extends AmountLine & Pick<BudgetLine, 'explanation'>>(
  lines: readonly L[],
): L[] {
  return lines.filter((line) => requiresExplanation(line) && !hasExplanation(line));
}
