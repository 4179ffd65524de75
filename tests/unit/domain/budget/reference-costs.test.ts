import { describe, expect, it } from 'vitest';

import {
  REFERENCE_COSTS,
  budgetLineSchema,
  describeReferenceCost,
  referenceCostsAddedMessage,
  referenceCostsInBudget,
  suggestReferenceCostLines,
} from '@/lib/domain/budget';

const NBSP = '\u00a0';

function summary(participants: number) {
  return suggestReferenceCostLines(participants).map(({ referenceId, line }) => [
    referenceId,
    line.category,
    line.subCategory,
    line.label,
    line.forecastCents,
    line.quantity ?? null,
    line.unitPriceCents ?? null,
  ]);
}

describe('suggestReferenceCostLines : les chiffres du webinaire ramenés au public attendu', () => {
  it.each([
    [
      100,
      [
        ['repas', 'achats', 'restauration', 'Repas (100 personnes)', 250000, 100, 2500],
        ['accueil-cafe', 'achats', 'restauration', 'Accueil café (100 personnes)', 60000, 100, 600],
        ['flyers', 'communication', 'impression', 'Impression de flyers (500 exemplaires)', 5000, 1, 5000],
        [
          'campagne-mailing',
          'communication',
          'campagne',
          'Campagne de deux mailings auprès de 7 500 élus et agents de collectivités',
          450000,
          null,
          null,
        ],
        ['train', 'deplacements', 'transport', 'Aller-retour en TGV Marseille – Lille, seconde classe', 18800, 1, 18800],
      ],
    ],
    [
      250,
      [
        ['repas', 'achats', 'restauration', 'Repas (250 personnes)', 625000, 250, 2500],
        ['accueil-cafe', 'achats', 'restauration', 'Accueil café (250 personnes)', 150000, 250, 600],
        ['flyers', 'communication', 'impression', 'Impression de flyers (500 exemplaires)', 5000, 1, 5000],
        [
          'campagne-mailing',
          'communication',
          'campagne',
          'Campagne de deux mailings auprès de 7 500 élus et agents de collectivités',
          450000,
          null,
          null,
        ],
        ['train', 'deplacements', 'transport', 'Aller-retour en TGV Marseille – Lille, seconde classe', 18800, 1, 18800],
      ],
    ],
  ])('pour %i participants', (participants, expected) => {
    expect(summary(participants)).toEqual(expected);
  });

  it.each([
    [1, 'Repas (1 personne)', 2500, `Impression de flyers (500 exemplaires)`, 5000],
    [500, 'Repas (500 personnes)', 1250000, 'Impression de flyers (500 exemplaires)', 5000],
    [501, 'Repas (501 personnes)', 1252500, `Impression de flyers (1${NBSP}000 exemplaires)`, 10000],
    [1200, `Repas (1${NBSP}200 personnes)`, 3000000, `Impression de flyers (1${NBSP}500 exemplaires)`, 15000],
  ])('pour %i participants : %s, %i centimes ; %s, %i centimes', (participants, mealLabel, meal, flyerLabel, flyers) => {
    const lines = suggestReferenceCostLines(participants).map((suggestion) => suggestion.line);
    expect([lines[0]?.label, lines[0]?.forecastCents, lines[2]?.label, lines[2]?.forecastCents]).toEqual([
      mealLabel,
      meal,
      flyerLabel,
      flyers,
    ]);
  });

  it.each([100, 250, 501])('propose à %i participants des lignes prévisionnelles que le schéma accepte', (participants) => {
    for (const { line } of suggestReferenceCostLines(participants)) {
      expect(budgetLineSchema.safeParse(line).success).toBe(true);
      expect(line).toMatchObject({ kind: 'charge', inKind: false, actualCents: null });
      expect(line.note).toContain('webinaire');
    }
  });

  it.each([0, -5, 2.5])('refuse %s participants', (participants) => {
    expect(() => suggestReferenceCostLines(participants)).toThrow(RangeError);
  });

  it('décrit le chiffre de référence de chaque coût', () => {
    expect(REFERENCE_COSTS.map(describeReferenceCost)).toEqual([
      `2${NBSP}500,00${NBSP}€ pour 100 personnes`,
      `1${NBSP}200,00${NBSP}€ pour 200 personnes`,
      `50,00${NBSP}€ le lot de 500`,
      `4${NBSP}500,00${NBSP}€`,
      `188,00${NBSP}€`,
    ]);
  });
});

describe('referenceCostsInBudget : un second clic n’ajoute rien', () => {
  const line = (label: string, category = 'achats', note: string | null = null, kind: 'charge' | 'produit' = 'charge') =>
    ({ kind, category, label, note }) as Parameters<typeof referenceCostsInBudget>[0][number];
  it.each([
    ['un budget vide', [], []],
    ['les lignes telles que proposées', suggestReferenceCostLines(80).map((s) => s.line), REFERENCE_COSTS.map((r) => r.id)],
    ['un autre nombre de personnes', [line('Repas (120 personnes)')], ['repas']],
    ['le libellé seul', [line('Accueil café')], ['accueil-cafe']],
    ['un libellé changé, la note gardée', [line('Traiteur', 'achats', 'Pour nourrir 100 personnes : 2 500 € TTC. Source')], ['repas']],
    ['un libellé qui commence pareil sans parenthèse', [line('Repas des bénévoles')], []],
    ['une autre catégorie', [line('Repas (80 personnes)', 'communication')], []],
    ['un produit', [line('Repas (80 personnes)', 'achats', null, 'produit')], []],
  ])('%s', (_, lines, expected) => {
    expect(referenceCostsInBudget(lines)).toEqual(expected);
  });
});

describe('referenceCostsAddedMessage', () => {
  it.each([
    [2, [], '2 lignes ajoutées au prévisionnel des charges.'],
    [1, ['repas'], '1 ligne ajoutée au prévisionnel des charges. Déjà au prévisionnel, pas ajouté une seconde fois : Repas.'],
    [0, ['repas', 'flyers'], 'Rien n’a été ajouté : déjà au prévisionnel (Repas, Impression de flyers).'],
  ])('created %i, skipped %j', (created, skipped, expected) => {
    expect(referenceCostsAddedMessage(created, skipped)).toBe(expected);
  });
});
