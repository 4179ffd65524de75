import { describe, expect, it } from 'vitest';
import { retainedLevel, territoryDiagnostics } from '@/lib/domain/comparison/diagnostics';

const at = (iso: string) => new Date(iso);

describe('territoryDiagnostics', () => {
  const diagnostics = [
    { id: 'late', territoryId: 't1', createdAt: at('2027-06-01T10:00:00Z'), computedLevel: 2, chosenLevel: 3 },
    { id: 'early', territoryId: 't1', createdAt: at('2026-01-01T10:00:00Z'), computedLevel: 1, chosenLevel: null },
    { id: 'middle', territoryId: 't1', createdAt: at('2027-01-01T10:00:00Z'), computedLevel: 2, chosenLevel: null },
    { id: 'other', territoryId: 't2', createdAt: at('2027-01-01T10:00:00Z'), computedLevel: 3, chosenLevel: null },
  ];

  it('lists the territory’s diagnostics by date and finds the one before and after each event', () => {
    const [block, ...rest] = territoryDiagnostics(
      [
        { id: 'e2', title: 'Deuxième', startsAt: at('2027-03-01T08:00:00Z'), territoryId: 't1', territoryName: 'Var' },
        { id: 'e1', title: 'Première', startsAt: at('2026-06-01T08:00:00Z'), territoryId: 't1', territoryName: 'Var' },
        { id: 'nowhere', title: 'Sans territoire', startsAt: at('2026-06-01T08:00:00Z'), territoryId: null, territoryName: null },
      ],
      diagnostics,
    );
    expect(rest).toEqual([]);
    expect(block!.territoryName).toBe('Var');
    expect(block!.diagnostics.map((d) => [d.id, d.level])).toEqual([
      ['early', 1],
      ['middle', 2],
      ['late', 3],
    ]);
    expect(block!.events.map((e) => [e.eventId, e.before?.id ?? null, e.after?.id ?? null])).toEqual([
      ['e1', 'early', 'middle'],
      ['e2', 'middle', 'late'],
    ]);
  });

  it('has nothing before or after when the territory was never diagnosed', () => {
    const [block] = territoryDiagnostics([{ id: 'e', title: 'E', startsAt: at('2027-01-01T00:00:00Z'), territoryId: 't9', territoryName: 'Lot' }], diagnostics);
    expect(block).toMatchObject({ diagnostics: [], events: [{ before: null, after: null }] });
  });

  it('retains the chosen level over the computed one', () => {
    expect(retainedLevel({ computedLevel: 2, chosenLevel: null })).toBe(2);
    expect(retainedLevel({ computedLevel: 2, chosenLevel: 1 })).toBe(1);
  });
});
