import { describe, expect, it } from 'vitest';

import { computeTotals, totalsByCategory, totalsByCerfaCode, type BudgetLine } from '@/lib/domain/budget';

import { charge, produit } from './build-lines';
import { formatEuros } from '@/lib/domain/format/french';

/* Un petit budget : des charges de plusieurs rubriques, deux subventions, du bénévolat valorisé. */
const budget: BudgetLine[] = [
  charge('achats', 250000, 262000, { subCategory: 'restauration' }),
  charge('achats', 12000, 9950, { subCategory: 'fournitures' }),
  charge('location', 80000, 80000, { subCategory: 'salle' }),
  charge('communication', 5000, null, { subCategory: 'impression' }),
  charge('intervenants', 60000, 60000),
  charge('autres', 1000, 1000, { subCategory: 'impots-taxes' }),
  charge('personnel', 120000, 130000, { personnel: { days: 3, dailyCostCents: 40000, who: 'Hub' } }),
  produit('subvention', 100000, 120000, { funderName: 'Région Sud', funderType: 'region' }),
  produit('subvention', 200000, 200000, { funderName: 'ANCT', funderType: 'etat' }),
  produit('billetterie', 15000, 12500),
  charge('contributions-en-nature', 50000, 60000, { subCategory: 'benevolat' }),
  produit('contributions-en-nature', 50000, 60000, { subCategory: 'benevolat' }),
];

describe('computeTotals', () => {
  it('totalise charges et produits, prévus et réalisés, les contributions en nature à part', () => {
    expect(computeTotals(budget)).toEqual({
      charges: { forecastCents: 528000, actualCents: 542950, lineCount: 7, missingActualCount: 1 },
      produits: { forecastCents: 315000, actualCents: 332500, lineCount: 3, missingActualCount: 0 },
      inKindCharges: { forecastCents: 50000, actualCents: 60000, lineCount: 1, missingActualCount: 0 },
      inKindProduits: { forecastCents: 50000, actualCents: 60000, lineCount: 1, missingActualCount: 0 },
    });
  });

  it.each([
    ['du bénévolat', charge('contributions-en-nature', 700000, 700000, { subCategory: 'benevolat' })],
    ['des locaux prêtés', charge('contributions-en-nature', 300000, null, { subCategory: 'mise-a-disposition' })],
    ['des prestations en nature', produit('contributions-en-nature', 900000, 10, { subCategory: 'prestations-en-nature' })],
  ])('n’ajoute jamais %s aux totaux des charges et des produits', (_label, inKindLine) => {
    const before = computeTotals(budget);
    const after = computeTotals([...budget, inKindLine]);
    expect(after.charges).toEqual(before.charges);
    expect(after.produits).toEqual(before.produits);
    expect(totalsByCategory([...budget, inKindLine]).charges).toEqual(totalsByCategory(budget).charges);
  });

  it('rend des totaux nuls pour un budget vide', () => {
    const zero = { forecastCents: 0, actualCents: 0, lineCount: 0, missingActualCount: 0 };
    expect(computeTotals([])).toEqual({ charges: zero, produits: zero, inKindCharges: zero, inKindProduits: zero });
  });
});

describe('des centimes qui s’additionnent exactement', () => {
  it.each([
    ['1 000 lignes de 0,33 €', Array.from({ length: 1000 }, () => 33), 33000, '330,00 €'],
    ['3 lignes de 0,10 € (0,1 + 0,2 ≠ 0,3 en flottant)', [10, 10, 10], 30, '0,30 €'],
    ['les 5 000 premiers centimes impairs', Array.from({ length: 5000 }, (_, i) => 2 * i + 1), 25_000_000, '250 000,00 €'],
    ['des montants de 0,01 € à 99,99 €', Array.from({ length: 9999 }, (_, i) => i + 1), 49_995_000, '499 950,00 €'],
  ])('%s', (_label, amounts, expectedCents, expectedText) => {
    const lines = amounts.map((cents) => charge('achats', cents, cents));
    const { charges } = computeTotals(lines);
    expect(charges.forecastCents).toBe(expectedCents);
    expect(charges.actualCents).toBe(expectedCents);
    expect(formatEuros(charges.forecastCents).replace(/\u00a0/g, ' ')).toBe(expectedText);
  });
});

describe('totalsByCategory', () => {
  const { charges, produits, inKindCharges, inKindProduits } = totalsByCategory(budget);

  it.each([
    ['achats', 'Achats', '60', 262000, 271950, 0],
    ['intervenants', 'Intervenants', '62', 60000, 60000, 0],
    ['communication', 'Communication', '62', 5000, 0, 1],
    ['location', 'Location du lieu', '61', 80000, 80000, 0],
    ['personnel', 'Charges de personnel', '64', 120000, 130000, 0],
    ['autres', 'Autres charges', '65', 1000, 1000, 0],
  ])('charges « %s » (%s, rubrique %s) : %i prévus, %i réalisés, %i réalisé manquant', (category, label, cerfaCode, forecast, actual, missing) => {
    expect(charges.find((total) => total.category === category)).toMatchObject({
      kind: 'charge',
      label,
      cerfaCode,
      forecastCents: forecast,
      actualCents: actual,
      missingActualCount: missing,
    });
  });

  it('suit l’ordre de la table et ne montre que les catégories utilisées', () => {
    expect(charges.map((total) => total.category)).toEqual([
      'achats',
      'intervenants',
      'communication',
      'location',
      'personnel',
      'autres',
    ]);
    expect(produits.map((total) => [total.category, total.forecastCents, total.actualCents])).toEqual([
      ['subvention', 300000, 320000],
      ['billetterie', 15000, 12500],
    ]);
  });

  it('met les contributions en nature à part', () => {
    expect(inKindCharges.map((total) => [total.category, total.cerfaCode, total.forecastCents])).toEqual([
      ['contributions-en-nature', '86', 50000],
    ]);
    expect(inKindProduits.map((total) => [total.category, total.cerfaCode, total.forecastCents])).toEqual([
      ['contributions-en-nature', '87', 50000],
    ]);
  });

  it('totalise « autres » séparément pour les charges et pour les produits', () => {
    const lines = [charge('autres', 100), produit('autres', 300, null, { subCategory: 'cotisations-dons' })];
    const totals = totalsByCategory(lines);
    expect(totals.charges.map((total) => [total.category, total.forecastCents])).toEqual([['autres', 100]]);
    expect(totals.produits.map((total) => [total.category, total.forecastCents])).toEqual([['autres', 300]]);
  });
});

describe('totalsByCerfaCode', () => {
  const { charges, produits, inKindCharges, inKindProduits } = totalsByCerfaCode(budget);

  it('totalise par rubrique, dans l’ordre du formulaire', () => {
    expect(charges.map((total) => [total.code, total.forecastCents, total.actualCents])).toEqual([
      ['60', 262000, 271950],
      ['61', 80000, 80000],
      ['62', 65000, 60000],
      ['63', 1000, 1000],
      ['64', 120000, 130000],
    ]);
    expect(produits.map((total) => [total.code, total.forecastCents, total.actualCents])).toEqual([
      ['70', 15000, 12500],
      ['74', 300000, 320000],
    ]);
  });

  it('détaille la rubrique 74 par type de financeur, l’État en premier', () => {
    expect(produits.find((total) => total.code === '74')?.rows).toEqual([
      { key: 'financeur:etat', label: 'État (ministères, ANCT…)', forecastCents: 200000, actualCents: 200000, lineCount: 1, missingActualCount: 0 },
      { key: 'financeur:region', label: 'Région', forecastCents: 100000, actualCents: 120000, lineCount: 1, missingActualCount: 0 },
    ]);
  });

  it('détaille la rubrique 62 par catégorie', () => {
    expect(charges.find((total) => total.code === '62')?.rows.map((row) => [row.label, row.forecastCents])).toEqual([
      ['Intervenants', 60000],
      ['Communication', 5000],
    ]);
  });

  it('détaille les contributions en nature par sous-catégorie, à part', () => {
    expect(inKindCharges.map((total) => [total.code, total.rows.map((row) => row.label)])).toEqual([
      ['86', ['Bénévolat']],
    ]);
    expect(inKindProduits.map((total) => total.code)).toEqual(['87']);
  });

  it('range une subvention sans type de financeur sur une ligne « non précisé »', () => {
    const { produits: rows } = totalsByCerfaCode([produit('subvention', 500, null, { funderName: 'Mairie' })]);
    expect(rows[0]?.rows.map((row) => row.label)).toEqual(['Financeur non précisé']);
  });
});
