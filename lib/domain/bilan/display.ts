import { formatCount, formatNumber, formatPercent } from '@/lib/domain/format/french';

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
