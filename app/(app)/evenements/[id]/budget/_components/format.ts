import { formatEuros, formatSignedPercent } from '@/lib/domain/format/french';

/** « +300,00 € (+20 %) », or « — » when nothing to compare yet. */
export function formatGap(gapCents: number | null, gapPercent: number | null): string {
  if (gapCents === null) return '—';
  const sign = gapCents > 0 ? '+' : gapCents < 0 ? '−' : '';
  const amount = `${sign}${formatEuros(Math.abs(gapCents))}`;
  return gapPercent === null ? amount : `${amount} (${formatSignedPercent(gapPercent)})`;
}

export const tableClass = 'w-full border-collapse text-left text-sm';
export const thClass = 'border-b border-slate-300 px-2 py-2 font-semibold';
export const tdClass = 'border-b border-slate-200 px-2 py-2 align-top';
export const numClass = 'text-right tabular-nums whitespace-nowrap';
