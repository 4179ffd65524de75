import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { budgetLineFormSchema, derivedForecastCents, saveBudgetLineSchema, type SaveBudgetLineInput } from '@/lib/schemas/budget';

const eventId = '00000000-0000-4000-8000-000000000001';
const base: SaveBudgetLineInput = { eventId, kind: 'charge', category: 'achats', label: 'Déjeuner', forecast: '1 234,56' };

function errors(input: SaveBudgetLineInput) {
  const result = saveBudgetLineSchema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return z.flattenError(result.error).fieldErrors;
}

describe('saveBudgetLineSchema', () => {
  it('reads French amounts into cents', () => {
    const parsed = saveBudgetLineSchema.parse({ ...base, actual: '1 300', organisationId: 'org-1' });
    expect(parsed.line).toMatchObject({ kind: 'charge', forecastCents: 123456, actualCents: 130000, payerOrganisationId: 'org-1', inKind: false });
  });

  it('computes the forecast from days × daily cost or quantity × unit price when left empty', () => {
    const personnel = saveBudgetLineSchema.parse({
      ...base,
      category: 'personnel',
      forecast: '',
      personnelWho: 'Camille',
      personnelDays: '2,5',
      personnelDailyCost: '333,33',
    });
    expect(personnel.line).toMatchObject({ forecastCents: 83333, personnel: { days: 2.5, dailyCostCents: 33333, who: 'Camille' } });
    const meals = saveBudgetLineSchema.parse({ ...base, forecast: '', quantity: '80', unitPrice: '25' });
    expect(meals.line).toMatchObject({ forecastCents: 200000, quantity: 80, unitPriceCents: 2500 });
  });

  it('derives « en nature » from the category and the receiver from the kind', () => {
    const parsed = saveBudgetLineSchema.parse({
      ...base,
      kind: 'produit',
      category: 'contributions-en-nature',
      subCategory: 'prestations-en-nature',
      organisationId: 'org-2',
    });
    expect(parsed.line).toMatchObject({ inKind: true, receiverOrganisationId: 'org-2', payerOrganisationId: null });
  });

  it('puts each message beside the form field to correct', () => {
    expect(errors({ ...base, forecast: 'abc', actual: '-3' })).toEqual({
      forecast: ['Saisissez un montant en euros, par exemple 1 234,56.'],
      actual: ['Le montant ne peut pas être négatif.'],
    });
    expect(errors({ ...base, actual: '2 000' })).toEqual({ explanation: [expect.stringContaining('dépasse 15 %')] });
    expect(errors({ ...base, forecast: '' })).toEqual({
      forecast: ['Indiquez le montant prévisionnel, ou laissez-le vide et indiquez le réalisé pour une ligne non prévue.'],
    });
    // A blank forecast with an actual amount: a line not forecast, no gap to explain.
    const unplanned = saveBudgetLineSchema.parse({ ...base, forecast: '', actual: '2 000' });
    expect(unplanned.line).toMatchObject({ forecastCents: 0, actualCents: 200_000, unplanned: true });
    expect(errors({ ...base, kind: 'produit', category: 'subvention' })).toEqual({
      funderName: ['Indiquez le financeur de cette subvention.'],
      funderType: ['Indiquez le type de financeur (État, région, département…).'],
    });
    expect(errors({ ...base, label: ' ' })).toEqual({ label: ['Indiquez un libellé.'] });
    expect(errors({ ...base, category: 'personnel', personnelWho: 'Camille' })).toMatchObject({
      personnelDays: ['Indiquez le nombre de jours.'],
    });
  });

  it('refuses an unknown event id', () => {
    expect(errors({ ...base, eventId: 'x' })).toEqual({ eventId: ['Événement inconnu.'] });
  });
});

describe('derivedForecastCents', () => {
  it.each([
    [{ personnelDays: '2', personnelDailyCost: '300', quantity: '', unitPrice: '' }, 60000],
    [{ personnelDays: '', personnelDailyCost: '', quantity: '3', unitPrice: '0,99' }, 297],
    [{ personnelDays: '', personnelDailyCost: '', quantity: '3', unitPrice: '' }, null],
  ])('%j → %s', (values, expected) => {
    expect(derivedForecastCents(values)).toBe(expected);
  });
});

describe('budgetLineFormSchema', () => {
  it('keeps the typed text for the server action and refuses what the action refuses', () => {
    const parsed = budgetLineFormSchema.parse({ ...base, actual: '1 300' });
    expect(parsed).toMatchObject({ ...base, actual: '1 300', subCategory: '', note: '' });
    const refused = budgetLineFormSchema.safeParse({ ...base, actual: '2 000' });
    expect(refused.success ? {} : z.flattenError(refused.error).fieldErrors).toEqual(errors({ ...base, actual: '2 000' }));
  });
});
