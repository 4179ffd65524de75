import type {
  BudgetLine,
  ChargeCategoryId,
  ChargeLineDraft,
  ProduitCategoryId,
  ProduitLineDraft,
} from '@/lib/domain/budget';

/* Lignes de budget pour les tests : le minimum, le reste en surcharge. */

let sequence = 0;

function nextId(): string {
  sequence += 1;
  return `ligne-${sequence}`;
}

type Extra<D> = Partial<Omit<D, 'kind' | 'category' | 'forecastCents' | 'actualCents'>> & { readonly id?: string };

export function charge(
  category: ChargeCategoryId,
  forecastCents: number,
  actualCents: number | null = null,
  extra: Extra<ChargeLineDraft> = {},
): BudgetLine {
  return {
    id: nextId(),
    label: `Charge ${category}`,
    inKind: category === 'contributions-en-nature',
    ...extra,
    kind: 'charge',
    category,
    forecastCents,
    actualCents,
  };
}

export function produit(
  category: ProduitCategoryId,
  forecastCents: number,
  actualCents: number | null = null,
  extra: Extra<ProduitLineDraft> = {},
): BudgetLine {
  return {
    id: nextId(),
    label: `Produit ${category}`,
    inKind: category === 'contributions-en-nature',
    ...extra,
    kind: 'produit',
    category,
    forecastCents,
    actualCents,
  };
}
