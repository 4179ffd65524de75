import { describe, expect, it } from 'vitest';

import {
  applyInternalBudgetSuggestions,
  computeBalance,
  computeInternalBudgets,
  suggestInternalBudgetLines,
  type BudgetLine,
} from '@/lib/domain/budget';

import { charge, produit } from './build-lines';

/*
 * Deux co-organisateurs : le hub paie l'essentiel (lieu, repas, son propre temps) ;
 * l'association paie intervenants, communication et régie, et reçoit la subvention de la région.
 */
const HUB = 'hub';
const ASSO = 'association';

function twoOrganisers(): BudgetLine[] {
  return [
    charge('location', 80000, 80000, { payerOrganisationId: HUB }),
    charge('achats', 250000, 262000, { payerOrganisationId: HUB, subCategory: 'restauration' }),
    charge('personnel', 120000, 130000, {
      payerOrganisationId: HUB,
      personnel: { days: 3, dailyCostCents: 40000, who: 'Coordinatrice du hub' },
    }),
    produit('billetterie', 20000, 15000, { receiverOrganisationId: HUB }),
    charge('intervenants', 60000, 60000, { payerOrganisationId: ASSO }),
    charge('communication', 5000, 4500, { payerOrganisationId: ASSO, subCategory: 'impression' }),
    charge('prestations', 40000, 45000, { payerOrganisationId: ASSO, subCategory: 'regie' }),
    produit('subvention', 100000, 100000, { receiverOrganisationId: ASSO, funderName: 'Région', funderType: 'region' }),
    // Valorisés à part : n'entrent pas dans les budgets internes.
    charge('contributions-en-nature', 30000, 30000, { payerOrganisationId: ASSO, subCategory: 'benevolat' }),
    produit('contributions-en-nature', 30000, 30000, { receiverOrganisationId: ASSO, subCategory: 'benevolat' }),
    // Une ancienne estimation du budget interne du hub, à remplacer.
    produit('budget-interne', 400000, null, { id: 'bi-hub', receiverOrganisationId: HUB, label: 'Fonds propres du hub' }),
  ];
}

describe('computeInternalBudgets : payé − reçu, par co-organisateur', () => {
  it.each([
    [HUB, 450000, 472000, 20000, 15000, 430000, 457000, ['bi-hub']],
    [ASSO, 105000, 109500, 100000, 100000, 5000, 9500, []],
  ])('%s : payé %i / %i, reçu %i / %i → budget interne %i / %i', (organisationId, paidF, paidA, recF, recA, forecast, actual, current) => {
    const budget = computeInternalBudgets(twoOrganisers()).organisations.find((o) => o.organisationId === organisationId);
    expect(budget).toEqual({
      organisationId,
      paidForecastCents: paidF,
      paidActualCents: paidA,
      receivedForecastCents: recF,
      receivedActualCents: recA,
      forecastCents: forecast,
      actualCents: actual,
      pendingActualCount: 0,
      currentLineIds: current,
    });
  });

  it('signale les lignes sans co-organisateur, hors contributions en nature', () => {
    const lines = [...twoOrganisers(), charge('achats', 1000, null, { id: 'orpheline' })];
    expect(computeInternalBudgets(lines).unattributedLineIds).toEqual(['orpheline']);
  });

  it('laisse le réalisé vide tant qu’aucune ligne de l’organisation n’est réalisée', () => {
    const [budget] = computeInternalBudgets([charge('achats', 1000, null, { payerOrganisationId: HUB })]).organisations;
    expect(budget).toMatchObject({ forecastCents: 1000, actualCents: null, pendingActualCount: 1 });
  });
});

describe('suggestInternalBudgetLines puis applyInternalBudgetSuggestions', () => {
  it('propose une ligne de produit « budget interne » par co-organisateur', () => {
    const suggestions = suggestInternalBudgetLines(twoOrganisers(), (id) => `Budget interne ${id}`);
    expect(suggestions).toEqual([
      {
        organisationId: HUB,
        line: expect.objectContaining({
          kind: 'produit',
          category: 'budget-interne',
          label: 'Fonds propres du hub',
          receiverOrganisationId: HUB,
          forecastCents: 430000,
          actualCents: 457000,
          inKind: false,
        }),
        replacesLineIds: ['bi-hub'],
        surplusForecastCents: 0,
        surplusActualCents: 0,
        changed: true,
      },
      {
        organisationId: ASSO,
        line: expect.objectContaining({ label: 'Budget interne association', forecastCents: 5000, actualCents: 9500 }),
        replacesLineIds: [],
        surplusForecastCents: 0,
        surplusActualCents: 0,
        changed: true,
      },
    ]);
  });

  it('équilibre le budget par construction, au prévisionnel comme au réalisé', () => {
    const lines = twoOrganisers();
    expect(computeBalance(lines).forecast.status).toBe('deficit');
    let sequence = 0;
    const applied = applyInternalBudgetSuggestions(lines, suggestInternalBudgetLines(lines), () => `nouvelle-${++sequence}`);
    const balance = computeBalance(applied);
    expect(balance.forecast).toMatchObject({ status: 'equilibre', differenceCents: 0, label: 'équilibré' });
    expect(balance.actual).toMatchObject({ status: 'equilibre', differenceCents: 0 });
    expect(applied.filter((line) => line.category === 'budget-interne').map((line) => line.id)).toEqual([
      'bi-hub',
      'nouvelle-1',
    ]);
  });

  it('ne propose plus rien une fois appliqué', () => {
    const lines = twoOrganisers();
    const applied = applyInternalBudgetSuggestions(lines, suggestInternalBudgetLines(lines), () => 'nouvelle');
    expect(suggestInternalBudgetLines(applied).map((suggestion) => suggestion.changed)).toEqual([false, false]);
  });

  it('remplace plusieurs lignes de budget interne d’une même organisation par une seule', () => {
    const lines = [
      charge('achats', 10000, 10000, { payerOrganisationId: HUB }),
      produit('budget-interne', 3000, 3000, { id: 'a', receiverOrganisationId: HUB }),
      produit('budget-interne', 4000, 4000, { id: 'b', receiverOrganisationId: HUB }),
    ];
    const applied = applyInternalBudgetSuggestions(lines, suggestInternalBudgetLines(lines), () => 'nouvelle');
    expect(applied.filter((line) => line.category === 'budget-interne').map((l) => [l.id, l.forecastCents])).toEqual([
      ['a', 10000],
    ]);
  });

  it('nomme l’excédent d’une organisation qui a reçu plus qu’elle n’a payé, sans ligne négative', () => {
    const lines = [
      charge('achats', 60000, 60000, { payerOrganisationId: HUB }),
      charge('location', 20000, 20000, { payerOrganisationId: ASSO }),
      produit('subvention', 50000, 50000, { receiverOrganisationId: ASSO, funderName: 'ANCT', funderType: 'etat' }),
      produit('budget-interne', 1000, 1000, { id: 'bi-asso', receiverOrganisationId: ASSO }),
    ];
    const suggestions = suggestInternalBudgetLines(lines);
    expect(suggestions.find((s) => s.organisationId === ASSO)).toEqual({
      organisationId: ASSO,
      line: null,
      replacesLineIds: ['bi-asso'],
      surplusForecastCents: 30000,
      surplusActualCents: 30000,
      changed: true,
    });
    const applied = applyInternalBudgetSuggestions(lines, suggestions, () => 'nouvelle');
    expect(applied.some((line) => line.id === 'bi-asso')).toBe(false);
    expect(computeBalance(applied).forecast.label).toBe('excédent de 300,00\u00a0€');
  });
});
