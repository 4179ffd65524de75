import type { FunderType } from './cerfa';
import type { BudgetLineDraft } from './line';
import { percent } from './money';
import { computeTotals, sumAmounts } from './totals';

export type FunderShare = {
  readonly funderName: string;
  readonly funderType: FunderType | null;
  readonly forecastCents: number;
  readonly actualCents: number;
  /** Part du total des produits prévus (hors contributions en nature), à une décimale. */
  readonly forecastSharePercent: number | null;
  readonly actualSharePercent: number | null;
};

/**
 * Part de chaque financeur dans le total des produits. Un financeur est nommé sur ses
 * lignes (subventions, mais aussi partenariat ou mécénat) ; ses lignes sont regroupées
 * quelle que soit la casse ou les espaces autour du nom. Du plus gros au plus petit.
 */
export function funderShares(lines: readonly BudgetLineDraft[]): FunderShare[] {
  const totals = computeTotals(lines);
  const groups = new Map<string, { name: string; type: FunderType | null; lines: BudgetLineDraft[] }>();
  for (const line of lines) {
    if (line.kind !== 'produit' || line.inKind) continue;
    const name = (line.funderName ?? '').trim().replace(/\s+/g, ' ');
    if (name.length === 0) continue;
    const key = name.toLocaleLowerCase('fr-FR');
    const group = groups.get(key) ?? { name, type: null, lines: [] };
    group.type ??= line.funderType ?? null;
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => {
      const amounts = sumAmounts(group.lines);
      return {
        funderName: group.name,
        funderType: group.type,
        forecastCents: amounts.forecastCents,
        actualCents: amounts.actualCents,
        forecastSharePercent: percent(amounts.forecastCents, totals.produits.forecastCents),
        actualSharePercent: percent(amounts.actualCents, totals.produits.actualCents),
      };
    })
    .sort((a, b) => b.forecastCents - a.forecastCents || a.funderName.localeCompare(b.funderName, 'fr'));
}
