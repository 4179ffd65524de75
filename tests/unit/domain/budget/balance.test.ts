import { describe, expect, it } from 'vitest';

import { actualBalanceSignal, balanceOf, computeBalance, computeTotals, costPerParticipantCents, forecastBalanceSignal } from '@/lib/domain/budget';

import { charge, produit } from './build-lines';

const NBSP = '\u00a0';

describe('balanceOf : charges = produits, ou l’écart nommé', () => {
  it.each([
    [100000, 100000, 0, 'equilibre', 'équilibré'],
    [0, 0, 0, 'equilibre', 'équilibré'],
    [100000, 223456, -123456, 'excedent', `excédent de 1${NBSP}234,56${NBSP}€`],
    [223456, 100000, 123456, 'deficit', `déficit de 1${NBSP}234,56${NBSP}€`],
    [1, 0, 1, 'deficit', `déficit de 0,01${NBSP}€`],
  ])('charges %i, produits %i → %i, %s (« %s »)', (charges, produits, differenceCents, status, label) => {
    expect(balanceOf(charges, produits)).toEqual({
      chargesCents: charges,
      produitsCents: produits,
      differenceCents,
      status,
      label,
    });
  });
});

describe('computeBalance', () => {
  const lines = [
    charge('achats', 100000, 110000),
    charge('location', 50000, null),
    produit('subvention', 120000, 120000, { funderName: 'ANCT', funderType: 'etat' }),
    produit('billetterie', 30000, 20000),
    charge('contributions-en-nature', 40000, 40000, { subCategory: 'benevolat' }),
    produit('contributions-en-nature', 30000, 40000, { subCategory: 'benevolat' }),
  ];

  it('équilibre le prévisionnel et le réalisé, sans les contributions en nature', () => {
    const balance = computeBalance(lines);
    expect([balance.forecast.status, balance.forecast.differenceCents]).toEqual(['equilibre', 0]);
    expect([balance.actual.status, balance.actual.label]).toEqual(['excedent', `excédent de 300,00${NBSP}€`]);
  });

  it('équilibre les contributions en nature (86 = 87) à part', () => {
    const balance = computeBalance(lines);
    expect(balance.inKindForecast.label).toBe(`déficit de 100,00${NBSP}€`);
    expect(balance.inKindActual.status).toBe('equilibre');
  });
});

describe('costPerParticipantCents : charges réalisées ÷ participants', () => {
  const lines = [
    charge('achats', 90000, 100000),
    charge('location', 10000, null),
    charge('contributions-en-nature', 500000, 500000, { subCategory: 'benevolat' }),
    produit('subvention', 100000, 100000, { funderName: 'Région', funderType: 'region' }),
  ];

  it.each([
    [100, 1000],
    [3, 33333],
    [6, 16667],
    [1, 100000],
    [0, null],
  ])('%i participants → %s centimes', (participants, expected) => {
    expect(costPerParticipantCents(lines, participants)).toBe(expected);
  });

  it.each([-1, 2.5])('refuse %s participants', (participants) => {
    expect(() => costPerParticipantCents(lines, participants)).toThrow(RangeError);
  });
});

describe('forecastBalanceSignal / actualBalanceSignal : rien à équilibrer n’est pas « équilibré »', () => {
  const signals = (lines: Parameters<typeof computeTotals>[0]) => {
    const totals = computeTotals(lines);
    const forecast = forecastBalanceSignal(totals);
    const actual = actualBalanceSignal(totals);
    return [forecast.title, forecast.tone, forecast.label, actual.title, actual.tone, actual.label, actual.note];
  };
  it.each([
    ['un budget vide', [], ['Équilibre prévisionnel', 'none', 'Budget vide', 'Réalisé', 'none', 'Aucun réalisé saisi', null]],
    [
      'des lignes sans montant',
      [charge('achats', 0), produit('billetterie', 0)],
      ['Équilibre prévisionnel', 'none', 'Aucun montant prévu', 'Réalisé', 'none', 'Aucun réalisé saisi', 'L’équilibre réalisé s’affichera dès le premier montant réalisé saisi.'],
    ],
    [
      'un prévisionnel équilibré sans réalisé',
      [charge('achats', 100000), produit('subvention', 100000, null, { funderName: 'ANCT', funderType: 'etat' })],
      ['Équilibre prévisionnel', 'equilibre', 'équilibré', 'Réalisé', 'none', 'Aucun réalisé saisi', 'L’équilibre réalisé s’affichera dès le premier montant réalisé saisi.'],
    ],
    [
      'un réalisé en partie saisi',
      [charge('achats', 100000, 90000), charge('location', 20000), produit('billetterie', 120000, 100000)],
      ['Équilibre prévisionnel', 'equilibre', 'équilibré', 'Équilibre réalisé', 'excedent', `excédent de 100,00${NBSP}€`, '1 ligne sans réalisé : l’équilibre réalisé est provisoire.'],
    ],
    [
      'un réalisé complet',
      [charge('achats', 100000, 100000), produit('billetterie', 100000, 100000)],
      ['Équilibre prévisionnel', 'equilibre', 'équilibré', 'Équilibre réalisé', 'equilibre', 'équilibré', null],
    ],
  ])('%s', (_, lines, expected) => {
    expect(signals(lines)).toEqual(expected);
  });
});
