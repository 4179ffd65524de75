import {
  CERFA_CODE_LABELS,
  CHARGE_CERFA_CODES,
  FUNDER_TYPE_LABELS,
  FUNDER_TYPES,
  PRODUIT_CERFA_CODES,
  type BudgetKind,
  type CerfaCode,
} from './cerfa';
import {
  CHARGE_CATEGORY_IDS,
  PRODUIT_CATEGORY_IDS,
  SUB_CATEGORY_IDS,
  SUB_CATEGORY_LABELS,
  categoryLabel,
  cerfaCodeOf,
  type BudgetCategoryId,
} from './categories';
import type { BudgetLineDraft } from './line';

/*
 * Totaux prévisionnels et réalisés. Les contributions en nature (86/87) sont totalisées à
 * part et n'entrent jamais dans les totaux des charges et des produits.
 */

export type Amounts = {
  readonly forecastCents: number;
  /** Somme des réalisés saisis ; les lignes sans réalisé comptent dans `missingActualCount`. */
  readonly actualCents: number;
  readonly lineCount: number;
  readonly missingActualCount: number;
  /** Lignes non prévues (réalisé seul) et leur réalisé, compris dans `actualCents`. */
  readonly unplannedCount?: number;
  readonly unplannedActualCents?: number;
};

type AmountLine = Pick<BudgetLineDraft, 'forecastCents' | 'actualCents' | 'unplanned'>;

export function sumAmounts(lines: readonly AmountLine[]): Amounts {
  let forecastCents = 0;
  let actualCents = 0;
  let missingActualCount = 0;
  let unplannedCount = 0;
  let unplannedActualCents = 0;
  for (const line of lines) {
    forecastCents += line.forecastCents;
    if (line.unplanned === true) {
      unplannedCount += 1;
      unplannedActualCents += line.actualCents ?? 0;
    }
    if (line.actualCents === null) missingActualCount += 1;
    else actualCents += line.actualCents;
  }
  const amounts = { forecastCents, actualCents, lineCount: lines.length, missingActualCount };
  // Absent when every line was forecast: the totals of a budget without such lines stay as they were.
  return unplannedCount === 0 ? amounts : { ...amounts, unplannedCount, unplannedActualCents };
}

/** Les quatre colonnes d'un budget : charges, produits, et à part les contributions en nature. */
export type BudgetSections<T> = {
  readonly charges: T;
  readonly produits: T;
  readonly inKindCharges: T;
  readonly inKindProduits: T;
};

export function splitSections<L extends Pick<BudgetLineDraft, 'kind' | 'inKind'>>(
  lines: readonly L[],
): BudgetSections<readonly L[]> {
  return {
    charges: lines.filter((line) => line.kind === 'charge' && !line.inKind),
    produits: lines.filter((line) => line.kind === 'produit' && !line.inKind),
    inKindCharges: lines.filter((line) => line.kind === 'charge' && line.inKind),
    inKindProduits: lines.filter((line) => line.kind === 'produit' && line.inKind),
  };
}

export function computeTotals(lines: readonly BudgetLineDraft[]): BudgetSections<Amounts> {
  return mapSections(splitSections(lines), (section) => sumAmounts(section));
}

export type CategoryTotal = Amounts & {
  readonly kind: BudgetKind;
  readonly category: BudgetCategoryId;
  readonly label: string;
  readonly cerfaCode: CerfaCode;
};

/** Totaux par catégorie, dans l'ordre des tables ; seules les catégories utilisées figurent. */
export function totalsByCategory(lines: readonly BudgetLineDraft[]): BudgetSections<readonly CategoryTotal[]> {
  return mapSections(splitSections(lines), (section, kind) => {
    const totals: CategoryTotal[] = [];
    const order: readonly BudgetCategoryId[] = kind === 'charge' ? CHARGE_CATEGORY_IDS : PRODUIT_CATEGORY_IDS;
    for (const category of order) {
      const inCategory = section.filter((line) => line.category === category);
      const first = inCategory[0];
      if (!first) continue;
      totals.push({
        ...sumAmounts(inCategory),
        kind: first.kind,
        category,
        label: categoryLabel(first),
        cerfaCode: cerfaCodeOf({ ...first, subCategory: null }),
      });
    }
    return totals;
  });
}

/** Une ligne du tableau Cerfa sous une rubrique : un type de financeur, une catégorie, une sous-catégorie. */
export type CerfaRowTotal = Amounts & { readonly key: string; readonly label: string };

export type CerfaCodeTotal = Amounts & {
  readonly code: CerfaCode;
  readonly label: string;
  readonly rows: readonly CerfaRowTotal[];
};

/**
 * Totaux par rubrique du compte rendu financier, dans l'ordre du formulaire, avec leur
 * détail : la rubrique 74 par type de financeur, les autres par catégorie (ou par
 * sous-catégorie quand celle-ci a sa propre rubrique ou pour les contributions en nature).
 */
export function totalsByCerfaCode(lines: readonly BudgetLineDraft[]): BudgetSections<readonly CerfaCodeTotal[]> {
  return mapSections(splitSections(lines), (section, kind) => {
    const totals: CerfaCodeTotal[] = [];
    const order: readonly CerfaCode[] = kind === 'charge' ? CHARGE_CERFA_CODES : PRODUIT_CERFA_CODES;
    for (const code of order) {
      const inCode = section.filter((line) => cerfaCodeOf(line) === code);
      if (inCode.length === 0) continue;
      totals.push({ ...sumAmounts(inCode), code, label: CERFA_CODE_LABELS[code], rows: cerfaRows(inCode) });
    }
    return totals;
  });
}

type CerfaRow = { readonly key: string; readonly label: string; readonly rank: number };

function cerfaRowOf(line: BudgetLineDraft): CerfaRow {
  if (line.kind === 'produit' && line.category === 'subvention') {
    const type = line.funderType ?? null;
    return type
      ? { key: `financeur:${type}`, label: FUNDER_TYPE_LABELS[type], rank: FUNDER_TYPES.indexOf(type) }
      : { key: 'financeur:non-precise', label: 'Financeur non précisé', rank: FUNDER_TYPES.length };
  }
  const sub = line.subCategory ?? null;
  if (sub && (line.inKind || cerfaCodeOf(line) !== cerfaCodeOf({ ...line, subCategory: null }))) {
    return { key: `sous-categorie:${sub}`, label: SUB_CATEGORY_LABELS[sub], rank: 100 + SUB_CATEGORY_IDS.indexOf(sub) };
  }
  const order: readonly string[] = line.kind === 'charge' ? CHARGE_CATEGORY_IDS : PRODUIT_CATEGORY_IDS;
  return { key: `categorie:${line.category}`, label: categoryLabel(line), rank: 200 + order.indexOf(line.category) };
}

function cerfaRows(lines: readonly BudgetLineDraft[]): CerfaRowTotal[] {
  const groups = new Map<string, { row: CerfaRow; lines: BudgetLineDraft[] }>();
  for (const line of lines) {
    const row = cerfaRowOf(line);
    const group = groups.get(row.key);
    if (group) group.lines.push(line);
    else groups.set(row.key, { row, lines: [line] });
  }
  return [...groups.values()]
    .sort((a, b) => a.row.rank - b.row.rank)
    .map(({ row, lines: rowLines }) => ({ ...sumAmounts(rowLines), key: row.key, label: row.label }));
}

function mapSections<T, U>(sections: BudgetSections<T>, map: (section: T, kind: BudgetKind) => U): BudgetSections<U> {
  return {
    charges: map(sections.charges, 'charge'),
    produits: map(sections.produits, 'produit'),
    inKindCharges: map(sections.inKindCharges, 'charge'),
    inKindProduits: map(sections.inKindProduits, 'produit'),
  };
}
