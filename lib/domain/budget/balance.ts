import type { BudgetLineDraft } from './line';
import { divideCents } from './money';
import { computeTotals } from './totals';
import { formatEuros } from '@/lib/domain/format/french';

/*
 * Équilibre du budget : le tableau financier d'un bilan est équilibré quand le total des
 * charges égale celui des produits. Tout écart est montré et nommé.
 */

export const BALANCE_STATUSES = ['equilibre', 'excedent', 'deficit'] as const;
export type BalanceStatus = (typeof BALANCE_STATUSES)[number];

export const BALANCE_STATUS_LABELS: Record<BalanceStatus, string> = {
  equilibre: 'Équilibré',
  excedent: 'Excédent',
  deficit: 'Déficit',
};

export type Balance = {
  readonly chargesCents: number;
  readonly produitsCents: number;
  /** Charges − produits : positif en déficit, négatif en excédent. */
  readonly differenceCents: number;
  readonly status: BalanceStatus;
  /** « équilibré », « excédent de 1 234,56 € » ou « déficit de 1 234,56 € ». */
  readonly label: string;
};

export function balanceOf(chargesCents: number, produitsCents: number): Balance {
  const differenceCents = chargesCents - produitsCents;
  if (differenceCents === 0) {
    return { chargesCents, produitsCents, differenceCents, status: 'equilibre', label: 'équilibré' };
  }
  if (differenceCents < 0) {
    return {
      chargesCents,
      produitsCents,
      differenceCents,
      status: 'excedent',
      label: `excédent de ${formatEuros(-differenceCents)}`,
    };
  }
  return {
    chargesCents,
    produitsCents,
    differenceCents,
    status: 'deficit',
    label: `déficit de ${formatEuros(differenceCents)}`,
  };
}

export type BudgetBalance = {
  readonly forecast: Balance;
  /** Sur les réalisés saisis. */
  readonly actual: Balance;
  /** Emplois (86) et contributions (87) en nature s'équilibrent entre eux, à part. */
  readonly inKindForecast: Balance;
  readonly inKindActual: Balance;
};

export function computeBalance(lines: readonly BudgetLineDraft[]): BudgetBalance {
  const totals = computeTotals(lines);
  return {
    forecast: balanceOf(totals.charges.forecastCents, totals.produits.forecastCents),
    actual: balanceOf(totals.charges.actualCents, totals.produits.actualCents),
    inKindForecast: balanceOf(totals.inKindCharges.forecastCents, totals.inKindProduits.forecastCents),
    inKindActual: balanceOf(totals.inKindCharges.actualCents, totals.inKindProduits.actualCents),
  };
}

/**
 * Coût par participant : charges réalisées (hors contributions en nature) ÷ participants,
 * arrondi au centime ; `null` sans participant.
 */
export function costPerParticipantCents(lines: readonly BudgetLineDraft[], participants: number): number | null {
  if (!Number.isSafeInteger(participants) || participants < 0) {
    throw new RangeError(`costPerParticipantCents : nombre de participants invalide (${participants}).`);
  }
  if (participants === 0) return null;
  return divideCents(computeTotals(lines).charges.actualCents, participants);
}
