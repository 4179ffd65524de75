import { describe, expect, it } from 'vitest';

import { funderShares } from '@/lib/domain/budget';

import { charge, produit } from './build-lines';

describe('funderShares : la part de chaque financeur dans le total des produits', () => {
  it('regroupe les lignes d’un même financeur et les classe de la plus grosse à la plus petite', () => {
    const lines = [
      produit('subvention', 50000, 60000, { funderName: 'Région Sud', funderType: 'region' }),
      produit('subvention', 200000, 200000, { funderName: 'ANCT', funderType: 'etat' }),
      produit('subvention', 50000, 40000, { funderName: '  région   sud ', funderType: 'region' }),
      produit('partenariat', 30000, 30000, { funderName: 'Fondation Orange' }),
      produit('budget-interne', 70000, 70000, { receiverOrganisationId: 'hub' }),
      produit('contributions-en-nature', 900000, 900000, { subCategory: 'benevolat', funderName: 'Bénévoles' }),
      charge('achats', 400000, 400000),
    ];
    expect(funderShares(lines)).toEqual([
      {
        funderName: 'ANCT',
        funderType: 'etat',
        forecastCents: 200000,
        actualCents: 200000,
        forecastSharePercent: 50,
        actualSharePercent: 50,
      },
      {
        funderName: 'Région Sud',
        funderType: 'region',
        forecastCents: 100000,
        actualCents: 100000,
        forecastSharePercent: 25,
        actualSharePercent: 25,
      },
      {
        funderName: 'Fondation Orange',
        funderType: null,
        forecastCents: 30000,
        actualCents: 30000,
        forecastSharePercent: 7.5,
        actualSharePercent: 7.5,
      },
    ]);
  });

  it.each([
    ['un tiers', 100000, 300000, 33.3],
    ['deux tiers', 200000, 300000, 66.7],
    ['tout', 300000, 300000, 100],
  ])('arrondit à une décimale (%s)', (_label, funder, total, expected) => {
    const lines = [
      produit('subvention', funder, null, { funderName: 'Département', funderType: 'departement' }),
      produit('billetterie', total - funder, null),
    ];
    expect(funderShares(lines)[0]?.forecastSharePercent).toBe(expected);
  });

  it('ne calcule pas de part réalisée tant qu’aucun produit n’est réalisé', () => {
    const [share] = funderShares([produit('subvention', 1000, null, { funderName: 'Commune', funderType: 'commune' })]);
    expect(share?.actualSharePercent).toBeNull();
  });
});
