import { describe, expect, it } from 'vitest';

import {
  amountsGap,
  sumAmounts,
  EXPLANATION_THRESHOLD_PERCENT,
  gapsByCategory,
  lineGap,
  listLinesMissingExplanation,
  requiresExplanation,
} from '@/lib/domain/budget';

import { charge, produit } from './build-lines';

describe('lineGap', () => {
  it.each([
    [100000, 114900, 14900, 14.9],
    [100000, 115000, 15000, 15],
    [100000, 85000, -15000, -15],
    [100000, 100000, 0, 0],
    [3, 4, 1, 33.3],
    [300, 0, -300, -100],
    [0, 5000, 5000, null],
    [0, 0, 0, null],
    [1000, null, null, null],
  ])('prévu %i, réalisé %s → écart %s centimes, %s %', (forecastCents, actualCents, gapCents, gapPercent) => {
    expect(lineGap({ forecastCents, actualCents })).toEqual({ gapCents, gapPercent });
  });
});

describe('requiresExplanation : plus de 15 % d’écart, strictement, doit être expliqué', () => {
  it('part du seuil de l’annexe du compte rendu financier', () => {
    expect(EXPLANATION_THRESHOLD_PERCENT).toBe(15);
  });

  it.each([
    ['+14,9 %', 100000, 114900, false],
    ['+15 % tout juste', 100000, 115000, false],
    ['+15,1 %', 100000, 115100, true],
    ['−14,9 %', 100000, 85100, false],
    ['−15 % tout juste', 100000, 85000, false],
    ['−15,1 %', 100000, 84900, true],
    ['+15,04 % (affiché 15,0 %)', 10000, 11504, true],
    ['+14,96 % (affiché 15,0 %)', 10000, 11496, false],
    ['+100 % sur un centime', 1, 2, true],
    ['une ligne non prévue et réalisée', 0, 1, true],
    ['une ligne ni prévue ni réalisée', 0, 0, false],
    ['une ligne prévue et abandonnée', 50000, 0, true],
    ['un réalisé pas encore connu', 50000, null, false],
  ])('%s : prévu %i, réalisé %s → %s', (_label, forecastCents, actualCents, expected) => {
    expect(requiresExplanation({ forecastCents, actualCents })).toBe(expected);
  });
});

describe('listLinesMissingExplanation', () => {
  it('liste les lignes à expliquer dont l’explication manque ou est vide', () => {
    const lines = [
      charge('achats', 100000, 115100, { id: 'sans' }),
      charge('achats', 100000, 115100, { id: 'blanche', explanation: '   ' }),
      charge('achats', 100000, 115100, { id: 'expliquee', explanation: 'Plus de participants que prévu.' }),
      charge('achats', 100000, 115000, { id: 'sous-le-seuil' }),
      produit('subvention', 0, 20000, { id: 'imprevue', funderName: 'Département', funderType: 'departement' }),
      charge('contributions-en-nature', 1000, 2000, { id: 'en-nature', subCategory: 'benevolat' }),
      charge('location', 1000, null, { id: 'pas-de-realise' }),
    ];
    expect(listLinesMissingExplanation(lines).map((line) => line.id)).toEqual(['sans', 'blanche', 'imprevue', 'en-nature']);
  });
});

describe('gapsByCategory', () => {
  it('calcule l’écart de chaque catégorie sur ses réalisés saisis', () => {
    const { charges } = gapsByCategory([
      charge('achats', 100000, 90000, { subCategory: 'restauration' }),
      charge('achats', 20000, 21000, { subCategory: 'fournitures' }),
      charge('location', 80000, null),
      charge('intervenants', 0, 30000),
    ]);
    expect(charges.map((total) => [total.category, total.gapCents, total.gapPercent])).toEqual([
      ['achats', -9000, -7.5],
      ['intervenants', 30000, null],
      ['location', null, null],
    ]);
  });
});

describe('lignes non prévues (réalisé seul)', () => {
  it.each([
    [{ forecastCents: 0, actualCents: 50_000, unplanned: true }, { gapCents: null, gapPercent: null }, false],
    [{ forecastCents: 0, actualCents: 50_000, unplanned: false }, { gapCents: 50_000, gapPercent: null }, true],
    [{ forecastCents: 10_000, actualCents: 20_000 }, { gapCents: 10_000, gapPercent: 100 }, true],
  ])('%j → écart %j, explication demandée : %s', (line, gap, explanation) => {
    expect(lineGap(line)).toEqual(gap);
    expect(requiresExplanation(line)).toBe(explanation);
  });

  it('leaves the actual of lines not forecast out of a total’s gap', () => {
    const amounts = sumAmounts([
      { forecastCents: 100_000, actualCents: 110_000 },
      { forecastCents: 0, actualCents: 40_000, unplanned: true },
    ]);
    expect(amounts).toMatchObject({ forecastCents: 100_000, actualCents: 150_000, unplannedCount: 1, unplannedActualCents: 40_000 });
    expect(amountsGap(amounts)).toEqual({ gapCents: 10_000, gapPercent: 10 });
    expect(amountsGap(sumAmounts([{ forecastCents: 0, actualCents: 40_000, unplanned: true }]))).toEqual({ gapCents: null, gapPercent: null });
  });
});
