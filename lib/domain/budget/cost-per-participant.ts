import { costPerParticipantCents } from './balance';
import type { BudgetLineDraft } from './line';
import { divideCents } from './money';
import { computeTotals } from './totals';

/*
 * Le coût par participant, une seule règle pour le budget et le bilan :
 * - prévu : charges prévues ÷ objectif maximal de participants (la fiche de l'événement) ;
 * - réalisé : charges réalisées ÷ participants présents (intervenant·es exclu·es, venu·es sur place
 *   compris·es), dès que le pointage est saisi — le chiffre même du bilan. Avant, pas de réalisé :
 *   diviser par l'objectif donnerait un second chiffre qui ne dit pas la participation.
 */
export type CostPerParticipant = {
  /** null sans objectif maximal. */
  readonly forecastCents: number | null;
  readonly objective: number | null;
  /** null tant que personne n'est pointé présent. */
  readonly actualCents: number | null;
  readonly present: number;
};

export function costPerParticipant(lines: readonly BudgetLineDraft[], participantMax: number | null, present: number): CostPerParticipant {
  const objective = participantMax !== null && participantMax > 0 ? participantMax : null;
  return {
    forecastCents: objective === null ? null : divideCents(computeTotals(lines).charges.forecastCents, objective),
    objective,
    actualCents: present > 0 ? costPerParticipantCents(lines, present) : null,
    present,
  };
}
