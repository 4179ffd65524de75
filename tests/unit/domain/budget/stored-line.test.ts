import { describe, expect, it } from 'vitest';
import { budgetLineSchema } from '@/lib/domain/budget';
import { fromStoredLine, toStoredLine } from '@/lib/domain/budget/stored-line';

const personnel = budgetLineSchema.parse({
  kind: 'charge',
  category: 'personnel',
  label: 'Coordination',
  forecastCents: 83333,
  actualCents: null,
  inKind: false,
  personnel: { days: 2.5, dailyCostCents: 33333, who: 'Hub' },
  payerOrganisationId: 'org-1',
});

const subsidy = budgetLineSchema.parse({
  kind: 'produit',
  category: 'subvention',
  label: 'Subvention',
  forecastCents: 100000,
  actualCents: 90000,
  inKind: false,
  funderName: 'Région Sud',
  funderType: 'region',
  receiverOrganisationId: 'org-2',
  quantity: 0.07,
  unitPriceCents: 1428571,
});

describe('stored lines', () => {
  it('keeps quantities in hundredths and reads them back exactly', () => {
    const stored = toStoredLine(personnel);
    expect(stored).toMatchObject({ kind: 'CHARGE', personnelDaysHundredths: 250, personnelDailyCostCents: 33333, personnelWho: 'Hub' });
    expect(fromStoredLine({ ...stored, id: 'l1' })).toEqual({ ...personnel, id: 'l1' });
  });

  it('round-trips a produit with a funder and a fractional quantity', () => {
    const stored = toStoredLine(subsidy);
    expect(stored).toMatchObject({ kind: 'PRODUIT', quantityHundredths: 7, funderType: 'region' });
    expect(fromStoredLine({ ...stored, id: 'l2' })).toEqual({ ...subsidy, id: 'l2' });
  });

  it('falls back to « autres » on a category no longer in the tables', () => {
    const stored = { ...toStoredLine(personnel), id: 'l3', category: 'disparue', subCategory: 'inconnue', funderType: 'x' };
    expect(fromStoredLine(stored)).toMatchObject({ kind: 'charge', category: 'autres', subCategory: null, funderType: null });
  });
});
