import { describe, expect, it } from 'vitest';
import { funderEventFacts as factsOf, funderSnapshotPart, isSameFunder } from '@/lib/domain/funders/facts';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';

const funderEventFacts = (snapshot: BilanSnapshot, m: Parameters<typeof factsOf>[1], name: string) => factsOf(funderSnapshotPart(snapshot), m, name);
import { sampleBilanSnapshot } from '@/tests/factories/bilan-snapshot';

const meta = { versionId: 'v1', versionNumber: 2, eventId: 'e1', hubId: 'h1', hubName: 'Hub du Sud' };
const grant = { reference: 'CONV-7', agreementDate: '2027-01-05', amountCents: 900_000, euCofinanced: true };

const snapshot = sampleBilanSnapshot({
  financial: {
    produitsBySource: [
      {
        category: 'subvention',
        label: 'Subventions',
        forecastCents: 500_000,
        actualCents: 450_000,
        lines: [
          { label: 'Subvention ANCT', source: 'Agence nationale de la cohésion des territoires', forecastCents: 300_000, actualCents: 300_000, grant },
          { label: 'Subvention région', source: 'Région Occitanie', forecastCents: 200_000, actualCents: 150_000, grant: null },
        ],
      },
      { category: 'partenariat', label: 'Partenariat', forecastCents: 50_000, actualCents: 0, lines: [{ label: 'Mécène', source: null, forecastCents: 50_000, actualCents: null }] },
    ],
  },
});

describe('funderEventFacts', () => {
  const facts = funderEventFacts(snapshot, meta, 'AGENCE NATIONALE de la cohésion des territoires');

  it('reads counts from the frozen bilan, never a person', () => {
    expect(facts).toMatchObject({
      title: snapshot.introduction.title,
      participants: 1234,
      expected: 2230,
      noShow: 38,
      // conseillers numériques and élu·es have a territory total; the others do not count
      audience: { present: 204, territoryTotal: 299 },
      speakers: { women: 10, declared: 17 },
      costPerParticipantCents: snapshot.financial.costPerParticipantCents,
    });
    expect(JSON.stringify(facts)).not.toMatch(/@/);
  });

  it('counts the funder’s lines (name matched without case or accents) against all produits, actual else forecast', () => {
    expect(facts.produitsCents).toBe(300_000 + 150_000 + 50_000);
    expect(facts.funderCents).toBe(300_000);
    expect(facts.grants).toEqual([
      { ...grant, key: 'agence nationale de la cohésion des territoires|conv-7', funderName: 'Agence nationale de la cohésion des territoires', label: 'Subvention ANCT', eventCents: 300_000 },
    ]);
  });

  it('leaves the funder share unknown for a bilan frozen before produits by source (v1)', () => {
    const v1 = funderEventFacts(sampleBilanSnapshot(), meta, 'ANCT');
    expect([v1.produitsCents, v1.funderCents, v1.grants]).toEqual([null, null, []]);
  });

  it.each([
    ['Région Occitanie', 'region occitanie', true],
    ['  Région   Occitanie ', 'Région Occitanie', true],
    ['Région Occitanie', 'Région Bretagne', false],
    [null, 'ANCT', false],
    ['', '', false],
  ])('isSameFunder(%o, %o) = %s', (source, funder, same) => {
    expect(isSameFunder(source, funder)).toBe(same);
  });
});
