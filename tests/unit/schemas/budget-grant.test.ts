import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromStoredGrant, grantKey, grantSummary, isEmptyGrant, toStoredGrant } from '@/lib/domain/budget/grant';
import { saveBudgetLineSchema, type SaveBudgetLineInput } from '@/lib/schemas/budget';

const eventId = '00000000-0000-4000-8000-000000000001';
const subsidy: SaveBudgetLineInput = {
  eventId,
  kind: 'produit',
  category: 'subvention',
  label: 'Subvention du département',
  forecast: '3 000',
  funderName: 'Département de la Gironde',
  funderType: 'departement',
};

function errors(input: SaveBudgetLineInput) {
  const result = saveBudgetLineSchema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
}

describe('grant references on a produit line', () => {
  it('reads the SCDL subset: reference, agreement date, amount granted in cents, EU flag', () => {
    const parsed = saveBudgetLineSchema.parse({
      ...subsidy,
      grantReference: ' CONV-2027-014 ',
      grantAgreementDate: '2027-02-15',
      grantAmount: '12 000,50',
      grantEuCofinanced: true,
    });
    expect(parsed.line).toMatchObject({
      funderName: 'Département de la Gironde',
      grant: { reference: 'CONV-2027-014', agreementDate: '2027-02-15', amountCents: 1_200_050, euCofinanced: true },
    });
  });

  it('keeps no grant when nothing is typed', () => {
    expect(saveBudgetLineSchema.parse(subsidy).line.grant).toBeNull();
    expect(saveBudgetLineSchema.parse({ ...subsidy, grantReference: '  ', grantEuCofinanced: false }).line.grant).toBeNull();
  });

  it('drops the grant fields of a charge (the form hides them)', () => {
    const charge = saveBudgetLineSchema.parse({ eventId, kind: 'charge', category: 'achats', label: 'Repas', forecast: '100', grantReference: 'X' });
    expect(charge.line.grant).toBeNull();
  });

  it.each([
    [{ grantAgreementDate: '15/02/2027' }, 'grantAgreementDate', 'Indiquez la date de la convention au format AAAA-MM-JJ.'],
    [{ grantAgreementDate: '1999-12-31' }, 'grantAgreementDate', 'Choisissez une date entre le 1er janvier 2000 et le 31 décembre 2100.'],
    [{ grantAmount: 'beaucoup' }, 'grantAmount', 'Saisissez un montant en euros, par exemple 1 234,56.'],
    [{ grantAmount: '2 000' }, 'grantReference', 'Le montant total accordé ne peut pas être inférieur au montant de cette ligne.'],
    [{ grantReference: 'x'.repeat(101) }, 'grantReference', 'La référence de la convention ne peut pas dépasser 100 caractères.'],
  ] as const)('refuses %o with a French message on the field', (patch, field, message) => {
    expect(errors({ ...subsidy, ...patch })[field]).toEqual([message]);
  });

  it('asks for the funder of a grant on any produit (not only a subvention)', () => {
    expect(errors({ eventId, kind: 'produit', category: 'partenariat', label: 'Partenariat', forecast: '500', grantReference: 'M-1' }).funderName).toEqual([
      'Indiquez le financeur qui a accordé cette subvention.',
    ]);
  });
});

describe('grant storage and grouping key', () => {
  it.each([
    [null, true],
    [{ reference: null, agreementDate: null, amountCents: null, euCofinanced: false }, true],
    [{ reference: null, agreementDate: null, amountCents: null, euCofinanced: true }, false],
    [{ reference: 'A', agreementDate: null, amountCents: null, euCofinanced: false }, false],
  ])('isEmptyGrant(%o) = %s', (grant, empty) => {
    expect(isEmptyGrant(grant)).toBe(empty);
  });

  it('round-trips through the stored columns', () => {
    const grant = { reference: 'R', agreementDate: '2027-01-02', amountCents: 5, euCofinanced: true };
    expect(fromStoredGrant(toStoredGrant(grant))).toEqual(grant);
    expect(fromStoredGrant(toStoredGrant(null))).toBeNull();
  });

  it.each([
    ['Région  Nouvelle-Aquitaine', ' conv-1 ', 'région nouvelle-aquitaine|conv-1'],
    ['ANCT', null, null],
  ])('groups %s / %s under %s', (funder, reference, key) => {
    expect(grantKey(funder, reference === null ? null : { reference })).toBe(key);
  });
});

describe('grantSummary', () => {
  it.each([
    [{ reference: 'ANCT-1', agreementDate: '2027-02-01', amountCents: null, euCofinanced: true }, 'convention ANCT-1 du 1er février 2027, cofinancement européen'],
    [{ reference: null, agreementDate: null, amountCents: 100, euCofinanced: false }, 'convention sans référence'],
  ])('%o → %s', (grant, text) => {
    expect(grantSummary(grant)).toBe(text);
  });
});
