import { describe, expect, it } from 'vitest';

import { AUDIENCE_CATEGORIES, AUDIENCE_CATEGORY_LABELS, audienceCategorySchema } from '@/lib/domain/registrations/audience-categories';
import { presentByAudience, registrationsByAudience, targetCoverage } from '@/lib/domain/registrations/audience-figures';
import type { AttendanceFact, RegistrationFact } from '@/lib/domain/registrations/facts';

type Registration = Pick<RegistrationFact, 'id' | 'audienceCategory' | 'status' | 'isSpeaker' | 'isWalkIn'>;
const registration = (id: string, audienceCategory: Registration['audienceCategory'], overrides: Partial<Registration> = {}): Registration => ({
  id,
  audienceCategory,
  status: 'confirmed',
  isSpeaker: false,
  isWalkIn: false,
  ...overrides,
});
const present = (registrationId: string, day = '2027-02-11'): AttendanceFact => ({ registrationId, day, status: 'present' });

describe('catégories de public', () => {
  it('a un libellé français pour chacune des 9 catégories', () => {
    expect(AUDIENCE_CATEGORIES).toHaveLength(9);
    for (const category of AUDIENCE_CATEGORIES) expect(AUDIENCE_CATEGORY_LABELS[category]).not.toBe('');
    expect(AUDIENCE_CATEGORY_LABELS.CONSEILLER_NUMERIQUE).toBe('Conseiller·e numérique');
  });

  it('refuse une catégorie inconnue avec un message français', () => {
    const result = audienceCategorySchema.safeParse('ROBOT');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Choisissez la catégorie qui vous correspond le mieux.');
  });
});

describe('répartition par catégorie', () => {
  const registrations = [
    registration('a', 'CONSEILLER_NUMERIQUE'),
    registration('b', 'CONSEILLER_NUMERIQUE', { status: 'waiting' }),
    registration('c', 'ELU'),
    registration('d', 'ELU', { status: 'cancelled' }),
    registration('e', 'ASSOCIATION', { isSpeaker: true }),
    registration('f', 'GRAND_PUBLIC', { isWalkIn: true }),
  ];

  it('compte les inscriptions actives hors intervenant·es et venu·es sur place, avec leur part', () => {
    const { total, rows } = registrationsByAudience(registrations);
    expect(total).toBe(3);
    expect(rows.map((row) => row.category)).toEqual([...AUDIENCE_CATEGORIES]);
    expect(rows.find((row) => row.category === 'CONSEILLER_NUMERIQUE')).toMatchObject({ count: 2, percent: 66.7 });
    expect(rows.find((row) => row.category === 'ELU')).toMatchObject({ count: 1, percent: 33.3, label: 'Élu·e' });
    expect(rows.find((row) => row.category === 'ASSOCIATION')).toMatchObject({ count: 0, percent: 0 });
  });

  it('compte les présent·es, venu·es sur place compris, une fois chacun·e', () => {
    const { total, rows } = presentByAudience(registrations, [present('a'), present('a', '2027-02-12'), present('f'), present('e')]);
    expect(total).toBe(2);
    expect(rows.filter((row) => row.count > 0).map((row) => [row.category, row.count, row.percent])).toEqual([
      ['CONSEILLER_NUMERIQUE', 1, 50],
      ['GRAND_PUBLIC', 1, 50],
    ]);
  });

  it('n’invente pas de pourcentage sans inscription', () => {
    const { total, rows } = registrationsByAudience([]);
    expect(total).toBe(0);
    expect(rows.every((row) => row.count === 0 && row.percent === null)).toBe(true);
  });
});

describe('targetCoverage', () => {
  const twelveAdvisers = Array.from({ length: 12 }, (_, i) => registration(`cn-${i}`, 'CONSEILLER_NUMERIQUE'));
  const registrations = [...twelveAdvisers, registration('elu', 'ELU'), registration('cn-absent', 'CONSEILLER_NUMERIQUE')];
  const attendance = [...twelveAdvisers.map((r) => present(r.id)), present('elu')];

  it.each<[number | null, number | null]>([
    [40, 30],
    [12, 100],
    [8, 150], // des conseillers venus d'ailleurs : pas de plafond
    [0, null],
    [null, null],
  ])('12 conseillers présents sur un total de %s → %s %', (territoryTotal, percent) => {
    expect(targetCoverage({ category: 'CONSEILLER_NUMERIQUE', registrations, attendance, territoryTotal })).toEqual({
      category: 'CONSEILLER_NUMERIQUE',
      presentCount: 12,
      territoryTotal,
      percent,
    });
  });
});
