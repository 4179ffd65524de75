import { describe, expect, it } from 'vitest';

import {
  CERFA_CODE_LABELS,
  CHARGE_CATEGORY_IDS,
  CHARGE_CATEGORY_LABELS,
  CHARGE_CERFA_CODES,
  PRODUIT_CATEGORY_IDS,
  PRODUIT_CATEGORY_LABELS,
  PRODUIT_CERFA_CODES,
  SUB_CATEGORY_IDS,
  SUB_CATEGORY_LABELS,
  cerfaCodeOf,
  isCategoryOfKind,
  subCategoriesOf,
  type CategoryRef,
  type SubCategoryId,
} from '@/lib/domain/budget';

type Row = readonly [CategoryRef['kind'], CategoryRef['category'], SubCategoryId | null, string];

describe('cerfaCodeOf : chaque catégorie a sa rubrique du compte rendu financier', () => {
  it.each([
    ['charge', 'achats', null, '60'],
    ['charge', 'achats', 'restauration', '60'],
    ['charge', 'prestations', 'regie', '60'],
    ['charge', 'location', 'salle', '61'],
    ['charge', 'intervenants', null, '62'],
    ['charge', 'communication', 'impression', '62'],
    ['charge', 'deplacements', 'hebergement', '62'],
    ['charge', 'personnel', null, '64'],
    ['charge', 'autres', null, '65'],
    ['charge', 'autres', 'impots-taxes', '63'],
    ['charge', 'autres', 'charges-financieres', '66'],
    ['charge', 'autres', 'charges-exceptionnelles', '67'],
    ['charge', 'autres', 'dotations', '68'],
    ['charge', 'contributions-en-nature', 'benevolat', '86'],
    ['charge', 'contributions-en-nature', 'mise-a-disposition', '86'],
    ['charge', 'achats', 'ventes', '60'],
    ['produit', 'billetterie', null, '70'],
    ['produit', 'autres', 'ventes', '70'],
    ['produit', 'autres', 'dotations-tarification', '73'],
    ['produit', 'subvention', null, '74'],
    ['produit', 'partenariat', null, '75'],
    ['produit', 'autres', null, '75'],
    ['produit', 'autres', 'produits-financiers', '76'],
    ['produit', 'autres', 'produits-exceptionnels', '77'],
    ['produit', 'autres', 'reprises', '78'],
    ['produit', 'budget-interne', null, 'ressources-propres'],
    ['produit', 'contributions-en-nature', 'prestations-en-nature', '87'],
  ] as const satisfies readonly Row[])('%s « %s » (sous-catégorie %s) → %s', (kind, category, subCategory, code) => {
    expect(cerfaCodeOf({ kind, category, subCategory } as CategoryRef)).toBe(code);
  });

  it.each(CHARGE_CATEGORY_IDS)('la charge « %s » et ses sous-catégories restent dans les rubriques de charges', (category) => {
    const ref = { kind: 'charge', category } as const;
    for (const subCategory of [null, ...subCategoriesOf(ref)]) {
      expect(CHARGE_CERFA_CODES).toContain(cerfaCodeOf({ ...ref, subCategory }));
    }
  });

  it.each(PRODUIT_CATEGORY_IDS)('le produit « %s » et ses sous-catégories restent dans les rubriques de produits', (category) => {
    const ref = { kind: 'produit', category } as const;
    for (const subCategory of [null, ...subCategoriesOf(ref)]) {
      expect(PRODUIT_CERFA_CODES).toContain(cerfaCodeOf({ ...ref, subCategory }));
    }
  });
});

describe('tables de catégories', () => {
  it('nomme chaque catégorie, sous-catégorie et rubrique en français', () => {
    for (const id of CHARGE_CATEGORY_IDS) expect(CHARGE_CATEGORY_LABELS[id]).toMatch(/\S/);
    for (const id of PRODUIT_CATEGORY_IDS) expect(PRODUIT_CATEGORY_LABELS[id]).toMatch(/\S/);
    for (const id of SUB_CATEGORY_IDS) expect(SUB_CATEGORY_LABELS[id]).toMatch(/\S/);
    for (const code of [...CHARGE_CERFA_CODES, ...PRODUIT_CERFA_CODES]) expect(CERFA_CODE_LABELS[code]).toMatch(/\S/);
  });

  it('range chaque sous-catégorie sous au moins une catégorie', () => {
    const used = new Set([
      ...CHARGE_CATEGORY_IDS.flatMap((category) => subCategoriesOf({ kind: 'charge', category })),
      ...PRODUIT_CATEGORY_IDS.flatMap((category) => subCategoriesOf({ kind: 'produit', category })),
    ]);
    expect([...used].sort()).toEqual([...SUB_CATEGORY_IDS].sort());
  });

  it.each([
    ['charge', 'intervenants', true],
    ['charge', 'subvention', false],
    ['produit', 'subvention', true],
    ['produit', 'intervenants', false],
    ['charge', 'autres', true],
    ['produit', 'autres', true],
    ['produit', 'inconnue', false],
  ] as const)('une ligne %s peut-elle être « %s » ? %s', (kind, category, expected) => {
    expect(isCategoryOfKind(kind, category)).toBe(expected);
  });
});
