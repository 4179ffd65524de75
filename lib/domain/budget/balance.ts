import type { BudgetLineDraft } from './line';
import { divideCents } from './money';
import { computeTotals, type Amounts, type BudgetSections } from './totals';
import { formatEuros, plural } from '@/lib/domain/format/french';

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
 * Ce que disent les deux cartes d'équilibre du budget. Rien à équilibrer n'est pas « équilibré » :
 * sans montant prévu, la carte du prévisionnel est neutre ; tant qu'aucun réalisé n'est saisi, il
 * n'y a pas d'« équilibre réalisé ».
 */
export type BalanceSignal = {
  readonly title: string;
  /** `none` : rien à équilibrer (carte neutre, jamais verte). */
  readonly tone: BalanceStatus | 'none';
  readonly label: string;
  readonly note: string | null;
};

type Totals = Pick<BudgetSections<Amounts>, 'charges' | 'produits'>;

export function forecastBalanceSignal({ charges, produits }: Totals): BalanceSignal {
  const title = 'Équilibre prévisionnel';
  if (charges.lineCount + produits.lineCount === 0) {
    return { title, tone: 'none', label: 'Budget vide', note: 'Ajoutez des charges et des produits pour voir l’équilibre prévisionnel.' };
  }
  if (charges.forecastCents === 0 && produits.forecastCents === 0) {
    return { title, tone: 'none', label: 'Aucun montant prévu', note: 'Les lignes n’ont pas encore de montant prévisionnel.' };
  }
  const balance = balanceOf(charges.forecastCents, produits.forecastCents);
  return { title, tone: balance.status, label: balance.label, note: null };
}

export function actualBalanceSignal({ charges, produits }: Totals): BalanceSignal {
  const lines = charges.lineCount + produits.lineCount;
  const pending = charges.missingActualCount + produits.missingActualCount;
  if (lines === pending) {
    return {
      title: 'Réalisé',
      tone: 'none',
      label: 'Aucun réalisé saisi',
      note: lines === 0 ? null : 'L’équilibre réalisé s’affichera dès le premier montant réalisé saisi.',
    };
  }
  const balance = balanceOf(charges.actualCents, produits.actualCents);
  const note = pending === 0 ? null : `${plural(pending, { one: 'ligne', other: 'lignes' })} sans réalisé : l’équilibre réalisé est provisoire.`;
  return { title: 'Équilibre réalisé', tone: balance.status, label: balance.label, note };
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
