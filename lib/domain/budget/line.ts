import type { FunderType } from './cerfa';
import type { GrantReference } from './grant';
import type { ChargeCategoryId, ProduitCategoryId, SubCategoryId } from './categories';
import { multiplyCents } from './money';

/** Temps passé valorisé : une organisation ou une personne × jours × coût journalier. */
export type PersonnelDetails = {
  /** Jours, au plus deux décimales (une demi-journée : 0,5). */
  readonly days: number;
  readonly dailyCostCents: number;
  /** L'organisation ou la personne mobilisée. */
  readonly who: string;
};

type BudgetLineFields = {
  readonly subCategory?: SubCategoryId | null;
  readonly label: string;
  readonly forecastCents: number;
  /** `null` tant que le réalisé n'est pas connu. */
  readonly actualCents: number | null;
  /**
   * Ligne sans prévisionnel (réalisé seul, `forecastCents` à 0) : pas d'écart, pas d'explication
   * demandée ; le bilan la dit « non prévu ». Absent : prévue.
   */
  readonly unplanned?: boolean;
  /** Contribution volontaire en nature (86/87) : montrée à part, jamais dans les totaux. */
  readonly inKind: boolean;
  /** Le co-organisateur qui paie cette charge. */
  readonly payerOrganisationId?: string | null;
  /** Le co-organisateur qui reçoit ce produit. */
  readonly receiverOrganisationId?: string | null;
  readonly funderName?: string | null;
  readonly funderType?: FunderType | null;
  /** La subvention d'une ligne de produit (grant.ts) ; `null` ou absent : aucune. */
  readonly grant?: GrantReference | null;
  readonly personnel?: PersonnelDetails | null;
  readonly quantity?: number | null;
  readonly unitPriceCents?: number | null;
  /** Explication de l'écart entre réalisé et prévisionnel (voir gaps.ts). */
  readonly explanation?: string | null;
  readonly supplier?: string | null;
  /** N° de mandat ou référence du paiement. */
  readonly paymentReference?: string | null;
  /** Mois du paiement, « AAAA-MM ». */
  readonly paymentMonth?: string | null;
  readonly note?: string | null;
};

export type ChargeLineDraft = BudgetLineFields & { readonly kind: 'charge'; readonly category: ChargeCategoryId };
export type ProduitLineDraft = BudgetLineFields & { readonly kind: 'produit'; readonly category: ProduitCategoryId };

/** Une ligne avant d'être enregistrée : ce que le formulaire et l'import produisent. */
export type BudgetLineDraft = ChargeLineDraft | ProduitLineDraft;

export type BudgetLine = BudgetLineDraft & { readonly id: string };

/** Montant d'une ligne de personnel : jours × coût journalier, arrondi au centime. */
export function personnelAmountCents(personnel: Pick<PersonnelDetails, 'days' | 'dailyCostCents'>): number {
  return multiplyCents(personnel.dailyCostCents, personnel.days);
}

/** Les lignes qui entrent dans les totaux : tout sauf les contributions en nature. */
export function isMainLine(line: Pick<BudgetLineDraft, 'inKind'>): boolean {
  return !line.inKind;
}
