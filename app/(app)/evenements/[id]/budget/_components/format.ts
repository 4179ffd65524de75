import { formatEuros } from '@/lib/domain/budget';

/** « +300,00 € (+20 %) », or « — » when nothing to compare yet. */
export function formatGap(gapCents: number | null, gapPercent: number | null): string {
  if (gapCents === null) return '—';
  const sign = gapCents > 0 ? '+' : gapCents < 0 ? '−' : '';
  const amount = `${sign}${formatEuros(Math.abs(gapCents))}`;
  if (gapPercent === null) return amount;
  const percent = `${sign}${Math.abs(gapPercent).toLocaleString('fr-FR')}\u00a0%`;
  return `${amount} (${percent})`;
}

export function formatAmount(cents: number | null): string {
  return cents === null ? '—' : formatEuros(cents);
}

export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('fr-FR')}\u00a0%`;
}

export const tableClass = 'w-full border-collapse text-left text-sm';
export const thClass = 'border-b border-slate-300 px-2 py-2 font-semibold';
export const tdClass = 'border-b border-slate-200 px-2 py-2 align-top';
export const numClass = 'text-right tabular-nums whitespace-nowrap';
