import { describe, expect, it } from 'vitest';
import type { FunderEventFacts, GrantOnEvent } from '@/lib/domain/funders/facts';
import { eventRow, funderTotals, grantGroups, monthlyTotals } from '@/lib/domain/funders/rollup';

let serial = 0;
function facts(overrides: Partial<FunderEventFacts> = {}): FunderEventFacts {
  serial += 1;
  return {
    versionId: `v${serial}`,
    versionNumber: 1,
    eventId: `e${serial}`,
    title: `Événement ${serial}`,
    hubId: 'hub-a',
    hubName: 'Hub A',
    startsAt: `2027-03-${String(serial % 28 + 1).padStart(2, '0')}T08:00:00.000Z`,
    territoryName: null,
    formatIds: [],
    participants: 0,
    expected: 0,
    noShow: 0,
    audience: null,
    satisfaction: { answers: 0, average: null },
    chargesActualCents: 0,
    costPerParticipantCents: null,
    produitsCents: 0,
    funderCents: 0,
    speakers: { women: 0, declared: 0, womenShare: null },
    grants: [],
    ...overrides,
  };
}

function grant(overrides: Partial<GrantOnEvent> = {}): GrantOnEvent {
  return { key: 'anct|c-1', funderName: 'ANCT', label: 'Subvention', reference: 'C-1', agreementDate: '2027-01-10', amountCents: 1_000_000, euCofinanced: false, eventCents: 100_000, ...overrides };
}

describe('funderTotals on an empty set', () => {
  it('counts nothing and leaves every rate unavailable (null, never 0)', () => {
    expect(funderTotals([])).toEqual({
      events: 0,
      hubs: 0,
      participants: 0,
      noShowRate: null,
      audienceShare: null,
      satisfaction: { answers: 0, average: null },
      costPerParticipantCents: null,
      produitsCents: 0,
      funderCents: 0,
      funderSharePercent: null,
      womenShare: null,
    });
  });
});

describe('funderTotals weighs each rate by its own denominator', () => {
  it.each([
    // no-show: Σ absent·es ÷ Σ attendu·es, not the mean of 10 % and 50 %
    ['no-show', [facts({ noShow: 30, expected: 300 }), facts({ noShow: 10, expected: 20 })], 'noShowRate', 12.5],
    ['no-show with one event without check-in', [facts({ noShow: 1, expected: 3 }), facts()], 'noShowRate', 33.3],
    ['audience share over known territory totals', [facts({ audience: { present: 12, territoryTotal: 40 } }), facts({ audience: { present: 3, territoryTotal: 10 } }), facts()], 'audienceShare', 30],
    ['audience share may exceed 100 %', [facts({ audience: { present: 15, territoryTotal: 10 } })], 'audienceShare', 150],
    ['speaker parity among those who declared', [facts({ speakers: { women: 3, declared: 4, womenShare: 75 } }), facts({ speakers: { women: 0, declared: 4, womenShare: 0 } })], 'womenShare', 37.5],
    ['funder share of produits', [facts({ produitsCents: 300_000, funderCents: 100_000 }), facts({ produitsCents: 100_000, funderCents: 100_000 })], 'funderSharePercent', 50],
    ['funder share with a pre-v2 bilan left out', [facts({ produitsCents: null, funderCents: null }), facts({ produitsCents: 400_000, funderCents: 100_000 })], 'funderSharePercent', 25],
    ['funder share, 1 in 3 rounded to a tenth', [facts({ produitsCents: 3, funderCents: 1 })], 'funderSharePercent', 33.3],
  ] as const)('%s', (_, events, key, expected) => {
    expect(funderTotals(events)[key]).toBe(expected);
  });

  it.each([
    // 4,0 with 30 answers and 5,0 with 10: (120 + 50) / 40 = 4,25 → 4,3
    [[{ answers: 30, average: 4 }, { answers: 10, average: 5 }], { answers: 40, average: 4.3 }],
    [[{ answers: 0, average: null }, { answers: 3, average: 3.5 }], { answers: 3, average: 3.5 }],
    [[{ answers: 0, average: null }], { answers: 0, average: null }],
  ])('satisfaction %o → %o (weighted by answers)', (parts, expected) => {
    expect(funderTotals(parts.map((satisfaction) => facts({ satisfaction }))).satisfaction).toEqual(expected);
  });

  it.each([
    // Σ charges ÷ Σ présent·es, rounded to the nearest cent
    [[{ chargesActualCents: 100_000, participants: 3, costPerParticipantCents: 33_333 }], 33_333],
    [[{ chargesActualCents: 200, participants: 3, costPerParticipantCents: 67 }], 67],
    [[{ chargesActualCents: 300_000, participants: 100, costPerParticipantCents: 3000 }, { chargesActualCents: 100_000, participants: 20, costPerParticipantCents: 5000 }], 3333],
    // an event whose bilan gives no cost (no actuals) weighs nothing
    [[{ chargesActualCents: 0, participants: 50, costPerParticipantCents: null }, { chargesActualCents: 50_000, participants: 10, costPerParticipantCents: 5000 }], 5000],
    [[{ chargesActualCents: 0, participants: 0, costPerParticipantCents: null }], null],
  ])('cost per participant %o → %s cents', (events, expected) => {
    expect(funderTotals(events.map((event) => facts(event))).costPerParticipantCents).toBe(expected);
  });

  it('counts events, distinct hubs and participants in integers', () => {
    const totals = funderTotals([facts({ participants: 40 }), facts({ participants: 2, hubId: 'hub-b' }), facts({ participants: 1 })]);
    expect(totals).toMatchObject({ events: 3, hubs: 2, participants: 43 });
  });
});

describe('eventRow', () => {
  it.each([
    [{ noShow: 0, expected: 0 }, 'noShowRate', null],
    [{ noShow: 1, expected: 8 }, 'noShowRate', 12.5],
    [{ audience: { present: 2, territoryTotal: 3 } }, 'audienceShare', 66.7],
    [{ produitsCents: 0, funderCents: 0 }, 'funderSharePercent', null],
    [{ produitsCents: null, funderCents: null }, 'funderSharePercent', null],
  ] as const)('%o → %s = %s', (patch, key, expected) => {
    expect(eventRow(facts(patch))[key]).toBe(expected);
  });
});

describe('grantGroups', () => {
  it('returns no group for a funder that gave nothing', () => {
    expect(grantGroups([facts(), facts()])).toEqual([]);
  });

  it('gathers the events of one convention across hubs, and the rest without reference last', () => {
    const a = facts({ title: 'A', hubName: 'Hub A', participants: 10, funderCents: 150_000, grants: [grant({ eventCents: 100_000 })] });
    const b = facts({ title: 'B', hubName: 'Hub B', hubId: 'hub-b', participants: 5, funderCents: 200_000, grants: [grant({ eventCents: 200_000 })] });
    const c = facts({ title: 'C', participants: 1, funderCents: 50_000, grants: [grant({ key: 'anct|c-0', reference: 'C-0', agreementDate: '2026-06-01', amountCents: null, eventCents: 50_000 })] });
    const groups = grantGroups([a, b, c]);
    expect(groups.map((g) => [g.reference, g.eventCents, g.participants, g.consumedPercent, g.events.map((e) => e.title)])).toEqual([
      ['C-0', 50_000, 1, null, ['C']],
      ['C-1', 300_000, 15, 30, ['A', 'B']],
      [null, 50_000, 10, null, ['A']],
    ]);
  });

  it('sums two lines of the same convention on one event', () => {
    const event = facts({ funderCents: 30_000, grants: [grant({ eventCents: 10_000 }), grant({ eventCents: 20_000 })] });
    expect(grantGroups([event])).toMatchObject([{ reference: 'C-1', eventCents: 30_000, events: [{ eventCents: 30_000 }] }]);
  });
});

describe('monthlyTotals', () => {
  const month = (iso: string) => iso.slice(0, 7);
  it('returns nothing for no event', () => {
    expect(monthlyTotals([], month)).toEqual([]);
  });
  it('rolls each month up with the same rules, oldest first', () => {
    const months = monthlyTotals(
      [
        facts({ startsAt: '2027-05-02T08:00:00.000Z', participants: 10, noShow: 1, expected: 10 }),
        facts({ startsAt: '2027-03-02T08:00:00.000Z', participants: 4, noShow: 0, expected: 4 }),
        facts({ startsAt: '2027-05-20T08:00:00.000Z', participants: 30, noShow: 9, expected: 30 }),
      ],
      month,
    );
    expect(months.map((m) => [m.month, m.totals.events, m.totals.participants, m.totals.noShowRate])).toEqual([
      ['2027-03', 1, 4, 0],
      ['2027-05', 2, 40, 25],
    ]);
  });
});
