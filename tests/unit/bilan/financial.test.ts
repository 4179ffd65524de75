import { describe, expect, it } from 'vitest';
import { computeBilan } from '@/lib/domain/bilan/compute';
import { snapshotsDiffer } from '@/lib/domain/bilan/compare';
import { D1, buildInput, charge, produit, registration } from './build-input';

const lines = [
  charge({ id: 'c1', category: 'location', label: 'Salle', forecastCents: 100_000, actualCents: 130_000, supplier: 'Tiers-lieu', paymentReference: 'M-12', paymentMonth: '2026-03', explanation: 'Une salle de plus' }),
  charge({ id: 'c2', category: 'personnel', label: 'Coordination', forecastCents: 50_000, actualCents: 50_000 }),
  charge({ id: 'c3', category: 'achats', label: 'Badges', forecastCents: 10_000, actualCents: null }),
  charge({ id: 'c4', category: 'communication', label: 'Affiches', forecastCents: 20_000, actualCents: 10_000 }),
  charge({ id: 'k1', category: 'contributions-en-nature', label: 'Bénévolat', forecastCents: 30_000, actualCents: null, inKind: true }),
  produit({ id: 'p1', category: 'subvention', label: 'Subvention ANCT', forecastCents: 150_000, actualCents: 150_000, funderType: 'etat' }),
  produit({ id: 'p2', category: 'budget-interne', label: 'Fonds propres', forecastCents: 30_000, actualCents: 20_000 }),
  produit({ id: 'k2', category: 'contributions-en-nature', label: 'Bénévolat', forecastCents: 30_000, actualCents: 25_000, inKind: true }),
];
const registrations = [registration({ id: 'a' }), registration({ id: 'b' })];
const attendance = [
  { registrationId: 'a', day: D1, status: 'present' as const },
  { registrationId: 'b', day: D1, status: 'present' as const },
];
const { financial, annexes } = computeBilan(buildInput({ budgetLines: lines, registrations, attendance }));

describe('computeBilan — financial', () => {
  it('totals charges and produits by category, in-kind apart', () => {
    expect(financial.charges.map((row) => [row.key, row.forecastCents, row.actualCents, row.missingActualCount, row.gapPercent])).toEqual([
      ['achats', 10_000, 0, 1, null],
      ['communication', 20_000, 10_000, 0, -50],
      ['location', 100_000, 130_000, 0, 30],
      ['personnel', 50_000, 50_000, 0, 0],
    ]);
    expect(financial.totals).toEqual({
      chargesForecastCents: 180_000,
      chargesActualCents: 190_000,
      produitsForecastCents: 180_000,
      produitsActualCents: 170_000,
    });
    expect(financial.personnel).toEqual({ forecastCents: 50_000, actualCents: 50_000 });
    expect(financial.inKind).toEqual({ chargesCents: 30_000, produitsCents: 25_000 });
  });

  it('names an unbalanced budget on actual amounts', () => {
    expect(financial.balance).toEqual({ differenceCents: 20_000, status: 'deficit', label: 'déficit de 200,00\u00a0€' });
  });

  it('divides actual charges by participants', () => {
    expect(financial.costPerParticipantCents).toBe(95_000);
  });

  it('lists the gaps above 15 % with their explanation, or null when missing', () => {
    expect(financial.gaps).toEqual([
      { kind: 'charge', label: 'Salle', forecastCents: 100_000, actualCents: 130_000, gapPercent: 30, explanation: 'Une salle de plus' },
      { kind: 'charge', label: 'Affiches', forecastCents: 20_000, actualCents: 10_000, gapPercent: -50, explanation: null },
      { kind: 'produit', label: 'Fonds propres', forecastCents: 30_000, actualCents: 20_000, gapPercent: -33.3, explanation: null },
      { kind: 'produit', label: 'Bénévolat', forecastCents: 30_000, actualCents: 25_000, gapPercent: -16.7, explanation: null },
    ]);
  });

  it('lays out the Cerfa codes in form order, 86/87 last', () => {
    expect(financial.cerfa.charges.map((row) => row.code)).toEqual(['60', '61', '62', '64', '86']);
    expect(financial.cerfa.produits.map((row) => row.code)).toEqual(['74', 'ressources-propres', '87']);
    expect(financial.cerfa.produits[0]?.rows).toEqual([
      { key: 'financeur:etat', label: expect.any(String), forecastCents: 150_000, actualCents: 150_000, missingActualCount: 0, gapPercent: 0 },
    ]);
  });

  it('annexes every expense with its supplier, reference and month, in category order', () => {
    expect(annexes.expenses.map((e) => [e.label, e.amountCents, e.isActual])).toEqual([
      ['Badges', 10_000, false],
      ['Affiches', 10_000, true],
      ['Salle', 130_000, true],
      ['Coordination', 50_000, true],
    ]);
    expect(annexes.expenses[2]).toMatchObject({ category: 'Location du lieu', supplier: 'Tiers-lieu', paymentReference: 'M-12', paymentMonth: '2026-03' });
  });

  it('has no cost per participant without participants and a balanced empty budget', () => {
    const empty = computeBilan(buildInput());
    expect(empty.financial.costPerParticipantCents).toBeNull();
    expect(empty.financial.balance.status).toBe('equilibre');
    expect(empty.financial.charges).toEqual([]);
  });
});

describe('snapshotsDiffer', () => {
  const base = computeBilan(buildInput({ budgetLines: lines }));
  it('ignores computedAt and key order (JSONB reorders keys)', () => {
    const later = computeBilan(buildInput({ budgetLines: lines, now: new Date('2027-01-01T00:00:00Z') }));
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(later).reverse())));
    expect(snapshotsDiffer(later, base)).toBe(false);
    expect(snapshotsDiffer(reordered, base)).toBe(false);
  });
  it('sees a changed figure', () => {
    const changed = computeBilan(buildInput({ budgetLines: [...lines, charge({ id: 'new' })] }));
    expect(snapshotsDiffer(changed, base)).toBe(true);
  });
});
