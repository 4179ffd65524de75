import { computeBalance, costPerParticipantCents } from '@/lib/domain/budget/balance';
import { CHARGE_CATEGORY_IDS, PRODUIT_CATEGORY_IDS, categoryLabel } from '@/lib/domain/budget/categories';
import { amountsGap, lineGap, requiresExplanation, gapsByCategory } from '@/lib/domain/budget/gaps';
import type { BudgetLine } from '@/lib/domain/budget/line';
import { computeTotals, totalsByCerfaCode, type Amounts, type CerfaCodeTotal } from '@/lib/domain/budget/totals';
import type { BilanAnnexes, BilanCerfaRow, BilanFinancial, BilanMoneyRow, BilanProduitGroup } from './types';

/*
 * The financial section, from the budget rules (lib/domain/budget): totals exclude contributions in
 * kind, the balance is on actual amounts, a gap above 15 % is listed with its explanation.
 */

const PERSONNEL_CATEGORY = 'personnel';

function moneyRow(key: string, label: string, amounts: Amounts): BilanMoneyRow {
  return {
    key,
    label,
    forecastCents: amounts.forecastCents,
    actualCents: amounts.actualCents,
    missingActualCount: amounts.missingActualCount,
    gapPercent: amountsGap(amounts).gapPercent,
  };
}

function cerfaRow(total: CerfaCodeTotal): BilanCerfaRow {
  return {
    ...moneyRow(total.code, total.label, total),
    code: total.code,
    rows: total.rows.map((row) => moneyRow(row.key, row.label, row)),
  };
}

/** The best known amount of a line: its actual when entered, else its forecast. */
const knownCents = (line: BudgetLine) => line.actualCents ?? line.forecastCents;

/**
 * Who a produit comes from: the funder named on the line, else the co-organiser receiving it (an
 * internal budget names its organisation), else null.
 */
function produitSource(line: BudgetLine, organisationNames: ReadonlyMap<string, string>): string | null {
  const funder = line.funderName?.trim();
  if (funder) return funder;
  return line.receiverOrganisationId ? (organisationNames.get(line.receiverOrganisationId) ?? null) : null;
}

/** Every produit line with its source, grouped by category in form order, with the group totals. */
export function produitsBySource(lines: readonly BudgetLine[], organisationNames: ReadonlyMap<string, string>): BilanProduitGroup[] {
  const produits = lines.filter((line) => line.kind === 'produit' && !line.inKind);
  return PRODUIT_CATEGORY_IDS.flatMap((category) => {
    const inGroup = produits.filter((line) => line.category === category);
    const first = inGroup[0];
    if (!first) return [];
    return [
      {
        category,
        label: categoryLabel(first),
        forecastCents: inGroup.reduce((sum, line) => sum + line.forecastCents, 0),
        actualCents: inGroup.reduce((sum, line) => sum + (line.actualCents ?? 0), 0),
        lines: inGroup.map((line) => ({
          label: line.label,
          source: produitSource(line, organisationNames),
          forecastCents: line.forecastCents,
          actualCents: line.actualCents,
          grant: line.kind === 'produit' ? (line.grant ?? null) : null,
        })),
      },
    ];
  });
}

export function financialSection(
  lines: readonly BudgetLine[],
  participants: number,
  organisationNames: ReadonlyMap<string, string> = new Map(),
): BilanFinancial {
  const byCategory = gapsByCategory(lines);
  const totals = computeTotals(lines);
  const cerfa = totalsByCerfaCode(lines);
  const personnel = byCategory.charges.find((row) => row.category === PERSONNEL_CATEGORY);
  const balance = computeBalance(lines).actual;
  return {
    charges: byCategory.charges.map((row) => moneyRow(row.category, row.label, row)),
    produits: byCategory.produits.map((row) => moneyRow(row.category, row.label, row)),
    produitsBySource: produitsBySource(lines, organisationNames),
    personnel: { forecastCents: personnel?.forecastCents ?? 0, actualCents: personnel?.actualCents ?? 0 },
    totals: {
      chargesForecastCents: totals.charges.forecastCents,
      chargesActualCents: totals.charges.actualCents,
      produitsForecastCents: totals.produits.forecastCents,
      produitsActualCents: totals.produits.actualCents,
    },
    inKind: {
      chargesCents: lines.filter((l) => l.inKind && l.kind === 'charge').reduce((sum, l) => sum + knownCents(l), 0),
      produitsCents: lines.filter((l) => l.inKind && l.kind === 'produit').reduce((sum, l) => sum + knownCents(l), 0),
    },
    balance: { differenceCents: balance.differenceCents, status: balance.status, label: balance.label },
    costPerParticipantCents: costPerParticipantCents(lines, participants),
    cerfa: {
      charges: [...cerfa.charges, ...cerfa.inKindCharges].map(cerfaRow),
      produits: [...cerfa.produits, ...cerfa.inKindProduits].map(cerfaRow),
    },
    gaps: lines.filter(requiresExplanation).map((line) => ({
      kind: line.kind,
      label: line.label,
      forecastCents: line.forecastCents,
      actualCents: line.actualCents ?? 0,
      gapPercent: lineGap(line).gapPercent,
      explanation: line.explanation?.trim() || null,
    })),
  };
}

/** Every charge (in kind apart, not an expense), in category order then as entered. */
export function expenseAnnex(lines: readonly BudgetLine[]): BilanAnnexes['expenses'] {
  const rank = (line: BudgetLine) => CHARGE_CATEGORY_IDS.findIndex((id) => id === line.category);
  return lines
    .filter((line) => line.kind === 'charge' && !line.inKind)
    .sort((a, b) => rank(a) - rank(b))
    .map((line) => ({
      category: categoryLabel(line),
      label: line.label,
      supplier: line.supplier ?? null,
      paymentReference: line.paymentReference ?? null,
      paymentMonth: line.paymentMonth ?? null,
      amountCents: knownCents(line),
      isActual: line.actualCents !== null,
      ...(line.unplanned ? { unplanned: true } : {}),
      personnel: line.personnel ? { who: line.personnel.who, days: line.personnel.days, dailyCostCents: line.personnel.dailyCostCents } : null,
    }));
}
