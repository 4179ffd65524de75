import { SUB_CATEGORY_IDS, isChargeCategory, isProduitCategory, type SubCategoryId } from './categories';
import { isFunderType } from './cerfa';
import { fromHundredths } from './decimal-input';
import { fromStoredGrant, toStoredGrant } from './grant';
import type { BudgetLine, BudgetLineDraft } from './line';
import { toHundredths } from './money';

/*
 * Une ligne telle que la base la garde : type en majuscules, quantités en centièmes
 * (2,5 jours → 250) pour rester en entiers, personnel à plat.
 */

export type StoredBudgetLineFields = {
  readonly kind: 'CHARGE' | 'PRODUIT';
  readonly category: string;
  readonly subCategory: string | null;
  readonly label: string;
  readonly forecastCents: number;
  readonly actualCents: number | null;
  readonly unplanned: boolean;
  readonly inKind: boolean;
  readonly supplier: string | null;
  readonly funderName: string | null;
  readonly funderType: string | null;
  readonly paymentReference: string | null;
  readonly paymentMonth: string | null;
  readonly grantReference: string | null;
  readonly grantAgreementDate: string | null;
  readonly grantAmountCents: number | null;
  readonly grantEuCofinanced: boolean;
  readonly payerOrganisationId: string | null;
  readonly receiverOrganisationId: string | null;
  readonly quantityHundredths: number | null;
  readonly unitPriceCents: number | null;
  readonly personnelDaysHundredths: number | null;
  readonly personnelDailyCostCents: number | null;
  readonly personnelWho: string | null;
  readonly explanation: string | null;
  readonly note: string | null;
};

export type StoredBudgetLine = StoredBudgetLineFields & { readonly id: string };

/** Ce qu'on écrit en base pour une ligne validée par `budgetLineSchema`. */
export function toStoredLine(line: BudgetLineDraft): StoredBudgetLineFields {
  return {
    kind: line.kind === 'charge' ? 'CHARGE' : 'PRODUIT',
    category: line.category,
    subCategory: line.subCategory ?? null,
    label: line.label,
    forecastCents: line.forecastCents,
    actualCents: line.actualCents,
    unplanned: line.unplanned ?? false,
    inKind: line.inKind,
    supplier: line.supplier ?? null,
    funderName: line.funderName ?? null,
    funderType: line.funderType ?? null,
    paymentReference: line.paymentReference ?? null,
    paymentMonth: line.paymentMonth ?? null,
    ...toStoredGrant(line.kind === 'produit' ? line.grant : null),
    payerOrganisationId: line.payerOrganisationId ?? null,
    receiverOrganisationId: line.receiverOrganisationId ?? null,
    quantityHundredths: line.quantity == null ? null : toHundredths(line.quantity),
    unitPriceCents: line.unitPriceCents ?? null,
    personnelDaysHundredths: line.personnel ? toHundredths(line.personnel.days) : null,
    personnelDailyCostCents: line.personnel?.dailyCostCents ?? null,
    personnelWho: line.personnel?.who ?? null,
    explanation: line.explanation ?? null,
    note: line.note ?? null,
  };
}

function isSubCategory(value: string | null): value is SubCategoryId {
  return SUB_CATEGORY_IDS.some((id) => id === value);
}

/**
 * La ligne du domaine lue en base. Une valeur inconnue (catégorie retirée des tables)
 * tombe dans « autres » plutôt que de faire échouer toute la page.
 */
export function fromStoredLine(row: StoredBudgetLine): BudgetLine {
  const common = {
    id: row.id,
    subCategory: isSubCategory(row.subCategory) ? row.subCategory : null,
    label: row.label,
    forecastCents: row.forecastCents,
    actualCents: row.actualCents,
    unplanned: row.unplanned,
    inKind: row.inKind,
    supplier: row.supplier,
    funderName: row.funderName,
    funderType: isFunderType(row.funderType) ? row.funderType : null,
    paymentReference: row.paymentReference,
    paymentMonth: row.paymentMonth,
    grant: row.kind === 'PRODUIT' ? fromStoredGrant(row) : null,
    payerOrganisationId: row.payerOrganisationId,
    receiverOrganisationId: row.receiverOrganisationId,
    quantity: row.quantityHundredths === null ? null : fromHundredths(row.quantityHundredths),
    unitPriceCents: row.unitPriceCents,
    personnel:
      row.personnelDaysHundredths === null || row.personnelDailyCostCents === null
        ? null
        : {
            days: fromHundredths(row.personnelDaysHundredths),
            dailyCostCents: row.personnelDailyCostCents,
            who: row.personnelWho ?? '',
          },
    explanation: row.explanation,
    note: row.note,
  };
  if (row.kind === 'CHARGE') {
    return { ...common, kind: 'charge', category: isChargeCategory(row.category) ? row.category : 'autres' };
  }
  return { ...common, kind: 'produit', category: isProduitCategory(row.category) ? row.category : 'autres' };
}
