import { describe, expect, it } from 'vitest';
import { levelBeforeAfter, type LevelDiagnostic, type LevelEvent } from '@/lib/domain/networks/level-before-after';

const event = (overrides: Partial<LevelEvent> = {}): LevelEvent => ({
  organisationId: 'hub',
  organisationName: 'Hub du Sud',
  territoryId: 't13',
  territoryName: 'Bouches-du-Rhône',
  startsAt: '2027-03-10T08:00:00.000Z',
  endsAt: '2027-03-10T16:00:00.000Z',
  ...overrides,
});
const diag = (at: string, level: number, overrides: Partial<LevelDiagnostic> = {}): LevelDiagnostic => ({ organisationId: 'hub', territoryId: 't13', level, at, ...overrides });

describe('levelBeforeAfter', () => {
  it('pairs the last diagnostic before the first event with the last one after the last event', () => {
    const events = [event(), event({ startsAt: '2027-05-02T08:00:00.000Z', endsAt: '2027-05-03T16:00:00.000Z' })];
    const diagnostics = [
      diag('2026-11-01T10:00:00.000Z', 1),
      diag('2027-02-01T10:00:00.000Z', 2),
      // Between the two events: neither before nor after.
      diag('2027-04-01T10:00:00.000Z', 3),
      diag('2027-06-01T10:00:00.000Z', 2),
      diag('2027-09-01T10:00:00.000Z', 3),
    ];
    expect(levelBeforeAfter(events, diagnostics)).toEqual([
      {
        territoryId: 't13',
        territoryName: 'Bouches-du-Rhône',
        organisationId: 'hub',
        organisationName: 'Hub du Sud',
        events: 2,
        firstStartsAt: '2027-03-10T08:00:00.000Z',
        lastEndsAt: '2027-05-03T16:00:00.000Z',
        before: { level: 2, at: '2027-02-01T10:00:00.000Z' },
        after: { level: 3, at: '2027-09-01T10:00:00.000Z' },
        change: 1,
      },
    ]);
  });

  it.each([
    { name: 'no diagnostic', diagnostics: [], before: null, after: null },
    { name: 'only before', diagnostics: [diag('2027-01-01T00:00:00.000Z', 2)], before: 2, after: null },
    { name: 'only after', diagnostics: [diag('2027-04-01T00:00:00.000Z', 3)], before: null, after: 3 },
    { name: 'a diagnostic made at the very start counts as before', diagnostics: [diag('2027-03-10T08:00:00.000Z', 1)], before: 1, after: null },
    { name: 'during the event: neither', diagnostics: [diag('2027-03-10T12:00:00.000Z', 1)], before: null, after: null },
  ])('$name', ({ diagnostics, before, after }) => {
    const [row] = levelBeforeAfter([event()], diagnostics);
    expect(row?.before?.level ?? null).toBe(before);
    expect(row?.after?.level ?? null).toBe(after);
    expect(row?.change).toBeNull();
  });

  it('never reads another organisation’s or another territory’s diagnostics', () => {
    const diagnostics = [diag('2027-01-01T00:00:00.000Z', 1, { organisationId: 'other' }), diag('2027-06-01T00:00:00.000Z', 3, { territoryId: 't84' })];
    expect(levelBeforeAfter([event()], diagnostics)[0]).toMatchObject({ before: null, after: null });
  });

  it('gives one row per organisation and territory, skips events without territory, sorts by territory', () => {
    const rows = levelBeforeAfter(
      [event(), event({ organisationId: 'hub2', organisationName: 'Hub 2' }), event({ territoryId: 't01', territoryName: 'Ain' }), event({ territoryId: null, territoryName: null })],
      [],
    );
    expect(rows.map((r) => `${r.territoryName}/${r.organisationName}`)).toEqual(['Ain/Hub du Sud', 'Bouches-du-Rhône/Hub 2', 'Bouches-du-Rhône/Hub du Sud']);
    expect(levelBeforeAfter([], [diag('2027-01-01T00:00:00.000Z', 2)])).toEqual([]);
  });
});
