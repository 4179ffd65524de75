import { describe, expect, it } from 'vitest';
import type { ImportCandidate } from '@/lib/domain/registrations/import-rows';
import { planImport, updateFromImport } from '@/lib/domain/registrations/import-plan';

const candidate = (email: string, overrides: Partial<ImportCandidate> = {}): ImportCandidate => ({
  line: 2,
  email,
  name: 'Ana Lopez',
  organisation: null,
  category: null,
  accessibilityNeeds: null,
  registeredAt: null,
  tickets: [],
  ...overrides,
});

describe('planImport', () => {
  it('updates an address already registered, whatever its case, and creates the others', () => {
    const plan = planImport([candidate('ana@exemple.fr'), candidate('bruno@exemple.fr')], [{ id: 'r1', email: 'Ana@Exemple.fr' }]);
    expect(plan.update).toEqual([{ id: 'r1', candidate: candidate('ana@exemple.fr') }]);
    expect(plan.create.map((c) => c.email)).toEqual(['bruno@exemple.fr']);
  });

  it('creates everything for an event without registrations', () => {
    expect(planImport([candidate('a@exemple.fr')], []).create).toHaveLength(1);
  });
});

describe('updateFromImport', () => {
  it('changes the name and only the fields the file fills in', () => {
    expect(updateFromImport(candidate('a@exemple.fr', { organisation: 'Hub', category: null }))).toEqual({ name: 'Ana Lopez', organisation: 'Hub' });
    expect(updateFromImport(candidate('a@exemple.fr', { category: 'ELU', accessibilityNeeds: 'Boucle magnétique' }))).toEqual({
      name: 'Ana Lopez',
      category: 'ELU',
      accessibilityNeeds: 'Boucle magnétique',
    });
  });

  it('replaces the days when a ticket export says them, and leaves them alone otherwise', () => {
    expect(updateFromImport(candidate('a@exemple.fr', { days: ['2027-06-17'] }))).toEqual({ name: 'Ana Lopez', days: ['2027-06-17'] });
    expect(updateFromImport(candidate('a@exemple.fr', { days: [] }))).toEqual({ name: 'Ana Lopez', days: [] });
    expect(updateFromImport(candidate('a@exemple.fr'))).toEqual({ name: 'Ana Lopez' });
  });
});
