import { describe, expect, it } from 'vitest';
import { cerfaRows, paymentMonthLabel } from '@/lib/server/exports/bilan-cerfa';
import { moneyRow, sampleBilanSnapshot } from '@/tests/factories/bilan-snapshot';

describe('cerfaRows', () => {
  const rows = cerfaRows(sampleBilanSnapshot().financial);

  it('lists each code, its categories when it gathers several, then the totals', () => {
    expect(rows.map((r) => `${r.level}:${r.code}:${r.label}`)).toEqual([
      'code:60:60 – Achats',
      'code:61:61 – Services extérieurs',
      'code:62:62 – Autres services extérieurs',
      'detail::dont Intervenants',
      'detail::dont Déplacements et frais de mission',
      'detail::dont Communication',
      'code:64:64 – Charges de personnel',
      'total::Total des charges',
      'code:74:74 – Subventions d’exploitation',
      'code:75:75 – Autres produits de gestion courante',
      'code::Ressources propres affectées au projet',
      'total::Total des produits',
    ]);
  });

  it.each([
    ['60', 114],
    ['61', 100],
    ['64', 108.3],
    ['75', 60],
  ])('writes réalisation / prévision for code %s: %s %%', (code, percent) => {
    expect(rows.find((r) => r.code === code)?.percent).toBe(percent);
  });

  it('puts the contributions en nature (86) after the total, which never includes them', () => {
    const financial = sampleBilanSnapshot().financial;
    const inKind = { ...moneyRow('86', '86 – Emplois des contributions volontaires en nature', 30_000, 30_000), code: '86', rows: [] };
    const lines = cerfaRows({ ...financial, cerfa: { ...financial.cerfa, charges: [inKind, ...financial.cerfa.charges] } });
    const labels = lines.map((line) => line.label);
    expect(labels.indexOf('86 – Emplois des contributions volontaires en nature')).toBe(labels.indexOf('Total des charges') + 1);
  });

  it('has no percentage without a forecast', () => {
    const financial = sampleBilanSnapshot().financial;
    const zero = { ...moneyRow('x', 'X', 0, 5_000), code: '63', rows: [] };
    const lines = cerfaRows({ ...financial, cerfa: { ...financial.cerfa, charges: [zero] } });
    expect(lines[0]?.percent).toBeNull();
  });
});

describe('paymentMonthLabel', () => {
  it.each([
    ['2027-03', '03/2027'],
    [null, '—'],
    ['', '—'],
  ])('%s → %s', (month, label) => {
    expect(paymentMonthLabel(month)).toBe(label);
  });
});
