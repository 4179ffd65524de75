import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { budgetLineSchema, eurosInputSchema, type BudgetLineDraft } from '@/lib/domain/budget';

const NBSP = '\u00a0';

const validCharge = {
  kind: 'charge',
  category: 'achats',
  subCategory: 'restauration',
  label: 'Déjeuner',
  forecastCents: 250000,
  actualCents: null,
  inKind: false,
};

const validSubsidy = {
  kind: 'produit',
  category: 'subvention',
  label: 'Subvention de la région',
  forecastCents: 100000,
  actualCents: null,
  inKind: false,
  funderName: 'Région Sud',
  funderType: 'region',
};

function fieldErrors(input: unknown) {
  const result = budgetLineSchema.safeParse(input);
  if (result.success) throw new Error('Le schéma aurait dû refuser cette saisie.');
  return z.flattenError(result.error).fieldErrors;
}

describe('budgetLineSchema : ce qui passe', () => {
  it('accepte une charge et normalise les champs facultatifs', () => {
    const line: BudgetLineDraft = budgetLineSchema.parse({ ...validCharge, label: '  Déjeuner  ', supplier: '  ', note: '' });
    expect(line).toEqual({
      ...validCharge,
      unplanned: false,
      payerOrganisationId: null,
      receiverOrganisationId: null,
      funderName: null,
      funderType: null,
      grant: null,
      personnel: null,
      quantity: null,
      unitPriceCents: null,
      explanation: null,
      supplier: null,
      paymentReference: null,
      paymentMonth: null,
      note: null,
    });
  });

  it.each([
    ['une subvention avec son financeur', validSubsidy],
    ['un réalisé à +15 % tout juste, sans explication', { ...validCharge, forecastCents: 100000, actualCents: 115000 }],
    ['un réalisé à +15,1 % expliqué', { ...validCharge, forecastCents: 100000, actualCents: 115100, explanation: 'Public plus nombreux.' }],
    ['du personnel : 2,5 jours × 333,33 €', {
      ...validCharge,
      category: 'personnel',
      subCategory: null,
      forecastCents: 83333,
      personnel: { days: 2.5, dailyCostCents: 33333, who: 'Chargée de mission' },
    }],
    ['du bénévolat valorisé en jours', {
      ...validCharge,
      category: 'contributions-en-nature',
      subCategory: 'benevolat',
      inKind: true,
      forecastCents: 60000,
      personnel: { days: 4, dailyCostCents: 15000, who: 'Bénévoles' },
    }],
    ['quantité × prix unitaire', { ...validCharge, quantity: 100, unitPriceCents: 2500 }],
    ['un budget interne attribué', {
      kind: 'produit',
      category: 'budget-interne',
      label: 'Budget interne du hub',
      forecastCents: 5000,
      actualCents: 5000,
      inKind: false,
      receiverOrganisationId: 'hub',
    }],
    ['un mois de paiement', { ...validCharge, paymentMonth: '2027-02', paymentReference: 'Mandat 2027-118' }],
  ])('accepte %s', (_label, input) => {
    expect(budgetLineSchema.safeParse(input).success).toBe(true);
  });
});

describe('budgetLineSchema : messages en français, sous le bon champ', () => {
  it.each([
    ['un libellé absent', { ...validCharge, label: undefined }, { label: ['Indiquez un libellé.'] }],
    ['un libellé fait d’espaces', { ...validCharge, label: '   ' }, { label: ['Indiquez un libellé.'] }],
    ['un libellé trop long', { ...validCharge, label: 'a'.repeat(201) }, { label: ['Le libellé ne peut pas dépasser 200 caractères.'] }],
    ['un montant négatif', { ...validCharge, forecastCents: -1 }, { forecastCents: ['Le montant prévisionnel ne peut pas être négatif.'] }],
    ['des fractions de centime', { ...validCharge, actualCents: 10.5 }, { actualCents: ['Le montant réalisé doit être un nombre entier de centimes.'] }],
    ['un montant en texte', { ...validCharge, forecastCents: '100' }, { forecastCents: ['Indiquez le montant prévisionnel.'] }],
    ['un montant au-delà du plafond', { ...validCharge, forecastCents: 1_000_000_001 }, {
      forecastCents: [`Le montant prévisionnel ne peut pas dépasser 10${NBSP}000${NBSP}000,00${NBSP}€.`],
    }],
    ['une catégorie inconnue', { ...validCharge, category: 'cadeaux' }, { category: ['Choisissez une catégorie.'] }],
    ['un mois mal écrit', { ...validCharge, paymentMonth: '02/2027' }, { paymentMonth: ['Indiquez le mois de paiement au format AAAA-MM.'] }],
  ])('refuse %s', (_label, input, expected) => {
    expect(fieldErrors(input)).toEqual(expected);
  });

  it.each([
    ['une catégorie de produit sur une charge', { ...validCharge, category: 'subvention', subCategory: null }, {
      category: ['Cette catégorie n’existe pas pour une charge.'],
    }],
    ['une catégorie de charge sur un produit', { ...validSubsidy, category: 'intervenants' }, {
      category: ['Cette catégorie n’existe pas pour un produit.'],
    }],
    ['une sous-catégorie d’une autre catégorie', { ...validCharge, subCategory: 'hebergement' }, {
      subCategory: ['Cette sous-catégorie ne va pas avec « Achats ».'],
    }],
    ['une subvention sans financeur', { ...validSubsidy, funderName: ' ', funderType: null }, {
      funderName: ['Indiquez le financeur de cette subvention.'],
      funderType: ['Indiquez le type de financeur (État, région, département…).'],
    }],
    ['un type de financeur hors subvention', { ...validCharge, funderType: 'etat' }, {
      funderType: ['Le type de financeur ne concerne que les subventions.'],
    }],
    ['un réalisé à +15,1 % sans explication', { ...validCharge, forecastCents: 100000, actualCents: 115100 }, {
      explanation: ["L'écart entre le réalisé et le prévisionnel dépasse 15 % : expliquez-le, le compte rendu financier le demande."],
    }],
    ['une ligne imprévue réalisée sans explication', { ...validCharge, forecastCents: 0, actualCents: 1 }, {
      explanation: ["L'écart entre le réalisé et le prévisionnel dépasse 15 % : expliquez-le, le compte rendu financier le demande."],
    }],
    ['une contribution en nature hors de sa catégorie', { ...validCharge, inKind: true }, {
      category: ['Une contribution en nature se classe dans « Contributions volontaires en nature ».'],
    }],
    ['la catégorie des contributions en nature sans la case cochée', {
      ...validCharge,
      category: 'contributions-en-nature',
      subCategory: 'benevolat',
    }, { inKind: ['Cette catégorie ne contient que des contributions en nature : cochez la case.'] }],
    ['un payeur sur un produit', { ...validSubsidy, payerOrganisationId: 'hub' }, {
      payerOrganisationId: ['Un produit est reçu, pas payé : indiquez qui le reçoit.'],
    }],
    ['un budget interne sans co-organisateur', { ...validSubsidy, category: 'budget-interne', funderName: null, funderType: null }, {
      receiverOrganisationId: ['Indiquez le co-organisateur dont c’est le budget interne.'],
    }],
    ['du personnel sans détail', { ...validCharge, category: 'personnel', subCategory: null }, {
      personnel: ['Détaillez le temps passé : jours, coût journalier, qui.'],
    }],
    ['du personnel dont le montant ne suit pas jours × coût', {
      ...validCharge,
      category: 'personnel',
      subCategory: null,
      forecastCents: 83332,
      personnel: { days: 2.5, dailyCostCents: 33333, who: 'Chargée de mission' },
    }, { forecastCents: [`Le prévisionnel doit égaler jours × coût journalier, soit 833,33${NBSP}€.`] }],
    ['un détail en jours sur des achats', { ...validCharge, personnel: { days: 1, dailyCostCents: 250000, who: 'Traiteur' } }, {
      personnel: ['Le détail en jours ne vaut que pour le personnel ou le bénévolat.'],
    }],
    ['des jours avec trois décimales', {
      ...validCharge,
      category: 'personnel',
      subCategory: null,
      personnel: { days: 1.333, dailyCostCents: 100, who: 'Hub' },
    }, { personnel: ['Le nombre de jours doit être positif, avec au plus deux décimales.'] }],
    ['une quantité sans prix unitaire', { ...validCharge, quantity: 3 }, {
      unitPriceCents: ['Indiquez à la fois la quantité et le prix unitaire, ou aucun des deux.'],
    }],
    ['quantité × prix unitaire qui ne donne pas le prévisionnel', { ...validCharge, quantity: 3, unitPriceCents: 1000 }, {
      forecastCents: [`Le prévisionnel doit égaler quantité × prix unitaire, soit 30,00${NBSP}€.`],
    }],
  ])('refuse %s', (_label, input, expected) => {
    expect(fieldErrors(input)).toEqual(expected);
  });
});

describe('eurosInputSchema', () => {
  it.each([
    ['1 234,56', 123456],
    ['12 €', 1200],
  ])('lit « %s » comme %i centimes', (input, cents) => {
    expect(eurosInputSchema.parse(input)).toBe(cents);
  });

  it.each([
    ['abc', 'Saisissez un montant en euros, par exemple 1 234,56.'],
    ['-5', 'Le montant ne peut pas être négatif.'],
    ['', 'Indiquez un montant.'],
  ])('refuse « %s » : %s', (input, message) => {
    const result = eurosInputSchema.safeParse(input);
    expect(result.success ? null : z.flattenError(result.error).formErrors).toEqual([message]);
  });
});

describe('budgetLineSchema : des champs invalides ne font jamais planter les règles entre champs', () => {
  it.each([
    ['un coût journalier fractionnaire', { days: 2, dailyCostCents: 10.5, who: 'Hub' }],
    ['un coût journalier négatif', { days: 2, dailyCostCents: -100, who: 'Hub' }],
    ['des jours négatifs', { days: -2, dailyCostCents: 100, who: 'Hub' }],
  ])('%s', (_label, personnel) => {
    const input = { ...validCharge, category: 'personnel', subCategory: null, forecastCents: 200, personnel };
    expect(budgetLineSchema.safeParse(input).success).toBe(false);
  });

  it.each([
    ['une quantité à trois décimales', { quantity: 1.005, unitPriceCents: 100 }, 'quantity'],
    ['un prix unitaire fractionnaire', { quantity: 2, unitPriceCents: 0.5 }, 'unitPriceCents'],
  ])('%s', (_label, extra, field) => {
    expect(Object.keys(fieldErrors({ ...validCharge, forecastCents: 1, ...extra }))).toContain(field);
  });
});
