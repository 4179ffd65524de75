import { describe, expect, it } from 'vitest';
import { costPerParticipantCents } from '@/lib/domain/budget/balance';
import { costPerParticipant } from '@/lib/domain/budget/cost-per-participant';
import type { BudgetLineDraft } from '@/lib/domain/budget/line';

const lines: BudgetLineDraft[] = [
  { kind: 'charge', category: 'location', label: 'Salle', forecastCents: 300_000, actualCents: 270_000, inKind: false },
  { kind: 'charge', category: 'achats', label: 'Traiteur', forecastCents: 150_000, actualCents: 180_000, inKind: false },
  { kind: 'charge', category: 'contributions-en-nature', label: 'Prêt de salle', forecastCents: 99_900, actualCents: 99_900, inKind: true },
];

describe('costPerParticipant (one rule for the budget page and the bilan)', () => {
  it.each([
    ['objective and attendance', 150, 90, { forecastCents: 3_000, objective: 150, actualCents: 5_000, present: 90 }],
    ['no attendance recorded yet: no actual figure', 150, 0, { forecastCents: 3_000, objective: 150, actualCents: null, present: 0 }],
    ['attendance without objective', null, 90, { forecastCents: null, objective: null, actualCents: 5_000, present: 90 }],
    ['an objective of 0 is no objective', 0, 0, { forecastCents: null, objective: null, actualCents: null, present: 0 }],
  ])('%s', (_case, participantMax, present, expected) => {
    expect(costPerParticipant(lines, participantMax, present)).toEqual(expected);
  });

  it('gives the bilan’s figure once attendance is recorded, never the objective’s', () => {
    expect(costPerParticipant(lines, 150, 90).actualCents).toBe(costPerParticipantCents(lines, 90));
  });
});
