import { de, formatCount, formatEuros, formatNumber, formatPercent } from '@/lib/domain/format/french';

/*
 * How the bilan's figures are written, everywhere: on screen, in the PDF, the XLSX's text cells and
 * the CSV, so a funder reads "12,5 %" in the PDF exactly where the screen says "12,5 %". The bilan's
 * own ways (a rate with one decimal, a rating out of 5) are here; counts, money and durations are
 * the app's one French formatting module, re-exported so the bilan reads from one place.
 */
export { formatCount, formatDuration, formatMoney } from '@/lib/domain/format/french';

/** 12.5 → « 12,5 % », 50 → « 50,0 % »; null → « — » (a rate without denominator). */
export function formatRate(percent: number | null): string {
  return formatPercent(percent, { decimals: 1, fixed: true });
}

/** An average rating out of 5: 4.25 → « 4,3 / 5 »; null → « — ». */
export function formatRating(average: number | null): string {
  return average === null ? '—' : `${formatNumber(average, { decimals: 1, fixed: true })}\u00a0/\u00a05`;
}

/** A number entered on the bilan page (people, hours, days) or « non renseigné ». */
export function formatEntered(value: number | null, unit: string): string {
  return value === null ? 'non renseigné' : `${formatCount(value)}\u00a0${unit}`;
}

export type ObjectiveFigures = { readonly total: number; readonly objectiveMin: number | null; readonly objectiveMax: number | null };

/** The objective said plainly, never as a bare rate: not met, met or exceeded, with the figure. */
export function objectiveOutcome({ total, objectiveMin, objectiveMax }: ObjectiveFigures): 'non atteint' | 'atteint' | 'dépassé' | null {
  if (objectiveMin === null && objectiveMax === null) return null;
  if (objectiveMin !== null && total < objectiveMin) return 'non atteint';
  const ceiling = objectiveMax ?? objectiveMin;
  return ceiling !== null && total > ceiling ? 'dépassé' : 'atteint';
}

/**
 * « Objectif de 100 à 150 participant·es : non atteint (90) », « Objectif de 100 participant·es :
 * dépassé (120) », « Objectif de 150 participant·es au plus : atteint (90) »; without any objective,
 * « Pas d’objectif de participation fixé (90 participant·es) ».
 */
export function formatObjective(figures: ObjectiveFigures): string {
  const { total, objectiveMin, objectiveMax } = figures;
  const outcome = objectiveOutcome(figures);
  if (outcome === null) return `Pas d’objectif de participation fixé (${formatCount(total)}\u00a0participant·e${total > 1 ? 's' : ''})`;
  const target =
    objectiveMin === null
      ? `${formatCount(objectiveMax ?? 0)}\u00a0participant·es au plus`
      : objectiveMax === null || objectiveMax === objectiveMin
        ? `${formatCount(objectiveMin)}\u00a0participant·es`
        : `${formatCount(objectiveMin)} à ${formatCount(objectiveMax)}\u00a0participant·es`;
  return `Objectif ${de(target)}\u00a0: ${outcome} (${formatCount(total)})`;
}

/** Personnel time of an expense line: « Hub du Sud, 3,5 j × 250,00 € ». */
export function formatPersonnel(personnel: { readonly who: string; readonly days: number; readonly dailyCostCents: number }): string {
  const days = formatNumber(personnel.days, { decimals: 2 });
  return `${personnel.who}, ${days}\u00a0j × ${formatEuros(personnel.dailyCostCents)}`;
}
