import { describe, expect, it } from 'vitest';
import { mapHeaders } from '@/lib/domain/budget/transfer-columns';
import { categoryFromHeading, classifyLayoutRow, isTotalLabel, kindOfSheet } from '@/lib/domain/budget/transfer-layout';
import { cellsToBudgetLine } from '@/lib/domain/budget/transfer-parse';

describe('classifyLayoutRow', () => {
  it.each([
    [{ label: '', hasAmount: false, hasOtherText: false }, 'blank'],
    [{ label: 'Frais de personnel', hasAmount: false, hasOtherText: false }, 'heading'],
    [{ label: 'Total frais de personnel', hasAmount: true, hasOtherText: false }, 'total'],
    [{ label: 'Sous-total', hasAmount: true, hasOtherText: false }, 'total'],
    [{ label: 'TOTAL GÉNÉRAL', hasAmount: true, hasOtherText: false }, 'total'],
    [{ label: '', hasAmount: true, hasOtherText: false }, 'line'],
    [{ label: 'Traiteur jeudi', hasAmount: true, hasOtherText: true }, 'line'],
    [{ label: 'Badge', hasAmount: false, hasOtherText: true }, 'line'],
  ] as const)('%j → %s', (input, kind) => {
    expect(classifyLayoutRow(input).kind).toBe(kind);
  });

  it.each([
    ['Total', true],
    ['Totaux', true],
    ['Sous total communication', true],
    ['Montant total', true],
    ['Totalement imprévu', false],
    ['Frais de port total', false],
  ])('« %s » is a total: %s', (label, expected) => {
    expect(isTotalLabel(label)).toBe(expected);
  });
});

describe('categoryFromHeading', () => {
  it.each([
    ['Frais de personnel', 'charge', 'personnel'],
    ['Charges de personnel', 'charge', 'personnel'],
    ['Intervenants et honoraires', 'charge', 'intervenants'],
    ['Frais de déplacement et hébergement', 'charge', 'deplacements'],
    ['Communication et impressions', 'charge', 'communication'],
    ['Location de salle', 'charge', 'location'],
    ['Régie technique', 'charge', 'prestations'],
    ['Restauration', 'charge', 'achats'],
    ['Achats', 'charge', 'achats'],
    ['Divers', 'charge', 'autres'],
    ['Subvention État', 'produit', 'subvention'],
    ['Fonds propres', 'produit', 'budget-interne'],
    ['Mécénat', 'produit', 'partenariat'],
    ['Zorglub', 'charge', null],
  ] as const)('« %s » (%s) → %s', (heading, kind, category) => {
    expect(categoryFromHeading(heading, kind)).toBe(category);
  });

  it.each([
    ['Produits', 'produit'],
    ['Recettes', 'produit'],
    ['Dépenses', 'charge'],
    [null, 'charge'],
  ] as const)('sheet %s → %s', (name, kind) => {
    expect(kindOfSheet(name)).toBe(kind);
  });
});

describe('a hand-made expense table', () => {
  it('maps usual headers without units', () => {
    expect(mapHeaders(['Poste', 'Prévu (€)', 'Réalisé en €', 'Fournisseur', 'Mois', 'N° de mandat']).columns).toEqual([
      'label',
      'forecast',
      'actual',
      'supplier',
      'paymentMonth',
      'paymentReference',
    ]);
  });

  it('reads an actual-only line in a French month under its heading', () => {
    const parsed = cellsToBudgetLine({ label: 'Navette gare', actual: '480,00', paymentMonth: 'juil. 2024' }, { organisations: [] }, { kind: 'charge', category: 'deplacements' });
    expect(parsed).toMatchObject({
      ok: true,
      line: { kind: 'charge', category: 'deplacements', forecastCents: 0, actualCents: 48_000, unplanned: true, paymentMonth: '2024-07', explanation: null },
    });
  });

  it('reports every problem of a line with the column to fix', () => {
    const parsed = cellsToBudgetLine({ label: 'Affiches', forecast: '', actual: '', paymentMonth: 'été 2024' }, { organisations: [] }, { kind: 'charge' });
    expect(parsed).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/^« Catégorie » : catégorie manquante/),
        '« Prévisionnel (€) » : indiquez le montant prévisionnel, ou le réalisé seul pour une ligne non prévue.',
        '« Mois de paiement (AAAA-MM) » : mois illisible « été 2024 » : écrivez par exemple 2024-08, 08/2024, août 2024 ou août-24.',
      ],
    });
  });
});
