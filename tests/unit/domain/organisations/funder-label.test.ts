import { describe, expect, it } from 'vitest';
import { compareFunders, funderOptionLabel } from '@/lib/domain/organisations/funder-label';

const created = new Date('2026-12-04T10:00:00Z');

describe('funderOptionLabel', () => {
  it.each([
    [{ name: 'Fondation A', siret: '73282932000074', verifiedAt: created, createdAt: created }, 'Fondation A — SIRET 732 829 320 00074 · vérifié'],
    [{ name: 'Fondation A', siret: '12345678900015', verifiedAt: null, createdAt: created }, 'Fondation A — SIRET 123 456 789 00015 · non vérifié, inscrit le 04/12/2026'],
    [{ name: 'Ancienne', siret: null, verifiedAt: null, createdAt: created }, 'Ancienne — SIRET non renseigné · non vérifié, inscrit le 04/12/2026'],
  ])('%o', (funder, label) => {
    expect(funderOptionLabel(funder)).toBe(label);
  });

  it('puts verified funders first, then sorts by name', () => {
    const funders = [
      { name: 'B', siret: null, verifiedAt: null, createdAt: created },
      { name: 'C', siret: null, verifiedAt: created, createdAt: created },
      { name: 'A', siret: null, verifiedAt: null, createdAt: created },
    ];
    expect([...funders].sort(compareFunders).map((f) => f.name)).toEqual(['C', 'A', 'B']);
  });
});
