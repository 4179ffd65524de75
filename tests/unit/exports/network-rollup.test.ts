import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { funderTotals } from '@/lib/domain/funders/rollup';
import type { CoreResult } from '@/lib/domain/networks/rollup';
import { coreLines, NETWORK_EXPORT_COLUMNS, networkRollupCsv } from '@/lib/server/exports/network-rollup';

const results: CoreResult[] = [
  { kind: 'scale', id: 's', label: 'Utile ?', events: 2, answers: 3, average: 4.3, distribution: [0, 0, 0, 2, 1] },
  { kind: 'choice', id: 'c', label: 'Connue par ?', events: 1, answers: 2, options: [{ label: 'Affiche', count: 2, percent: 100 }, { label: '@courriel', count: 0, percent: 0 }] },
  { kind: 'choice', id: 'e', label: 'Sans réponse', events: 0, answers: 0, options: [{ label: 'Oui', count: 0, percent: null }] },
];

describe('coreLines', () => {
  it('gives one line per note or proposed answer, the question’s sums repeated, no share for a note', () => {
    expect(coreLines(results).map((l) => [l.question, l.value, l.count, l.percent, l.average])).toEqual([
      ['Utile ?', '1 sur 5', 0, null, 4.3],
      ['Utile ?', '2 sur 5', 0, null, 4.3],
      ['Utile ?', '3 sur 5', 0, null, 4.3],
      ['Utile ?', '4 sur 5', 2, null, 4.3],
      ['Utile ?', '5 sur 5', 1, null, 4.3],
      ['Connue par ?', 'Affiche', 2, 100, null],
      ['Connue par ?', '@courriel', 0, 0, null],
      ['Sans réponse', 'Oui', 0, null, null],
    ]);
  });
});

describe('networkRollupCsv', () => {
  const row = { eventId: 'e1', title: 'Atelier', hubName: 'Hub', startsAt: new Date('2027-01-01T23:30:00Z'), endsAt: new Date('2027-01-02T08:00:00Z'), status: 'DONE' as const, territoryName: null, figures: null, responses: null };
  const rows = Papa.parse<string[]>(networkRollupCsv({ rows: [row], totals: funderTotals([]), coreResults: results }).slice(1), { delimiter: ';' }).data;

  it('leaves every figure empty for an event whose bilan is not validated, days in Paris', () => {
    const figures = NETWORK_EXPORT_COLUMNS.map((c, index) => [c.header, rows[1]?.[index]]);
    expect(figures.slice(0, 8)).toEqual([
      ['Structure membre', 'Hub'],
      ['Événement', 'Atelier'],
      ['Début', '2027-01-02'],
      ['Fin', '2027-01-02'],
      ['Territoire', ''],
      ['Statut', 'Terminé'],
      ['Version du bilan validé', ''],
      ['Questionnaires remplis', ''],
    ]);
    expect(figures.slice(8).every(([, cell]) => cell === '')).toBe(true);
    expect(rows[2]?.slice(0, 3)).toEqual(['Total', '0 bilan validé, 0 structure', '']);
  });

  it('writes the core section with decimal commas, a proposed answer starting with @ as text', () => {
    const core = rows.slice(5).filter((r) => r.some((cell) => cell !== ''));
    expect(core[0]?.slice(0, 8)).toEqual(['Utile ?', 'Note de 1 à 5', '2', '3', '4,3', '1 sur 5', '0', '']);
    expect(core[6]?.slice(0, 8)).toEqual(['Connue par ?', 'Choix parmi des réponses', '1', '2', '', "'@courriel", '0', '0']);
  });
});
