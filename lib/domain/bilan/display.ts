import { formatEuros } from '@/lib/domain/budget/money';

/*
 * How the bilan's figures are written, everywhere: on screen, in the PDF, the XLSX's text cells and
 * the CSV. One set of functions, so a funder reads "12,5 %" in the PDF exactly where the screen says
 * "12,5 %". Non-breaking spaces, as formatEuros does, survive PDF fonts and text extraction.
 */

const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function plainSpaces(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

/** 1234 → « 1 234 ». */
export function formatCount(value: number): string {
  return plainSpaces(integerFormat.format(value));
}

/** 12.5 → « 12,5 % »; null → « — » (a rate without denominator). */
export function formatRate(percent: number | null): string {
  return percent === null ? '—' : `${plainSpaces(oneDecimalFormat.format(percent))}\u00a0%`;
}

/** An average rating out of 5: 4.25 → « 4,3 / 5 »; null → « — ». */
export function formatRating(average: number | null): string {
  return average === null ? '—' : `${plainSpaces(oneDecimalFormat.format(average))}\u00a0/\u00a05`;
}

/** Minutes → « 7 h 30 » (or « 45 min »). */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}\u00a0min`;
  return rest === 0 ? `${formatCount(hours)}\u00a0h` : `${formatCount(hours)}\u00a0h\u00a0${String(rest).padStart(2, '0')}`;
}

/** Cents → « 1 234,56 € »; null → « — ». */
export function formatMoney(cents: number | null): string {
  return cents === null ? '—' : formatEuros(cents);
}

/** A number entered on the bilan page (people, hours, days) or « non renseigné ». */
export function formatEntered(value: number | null, unit: string): string {
  return value === null ? 'non renseigné' : `${formatCount(value)}\u00a0${unit}`;
}
