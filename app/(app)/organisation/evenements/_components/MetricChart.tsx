'use client';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/domain/format/french';

export type MetricPoint = { label: string; short: string; value: number | null };


/**
 * One figure over the events. Hidden from screen readers: the table carries the same figures, and
 * without the accessibility layer nothing in it takes focus. A missing figure leaves a gap.
 */
export function MetricChart({ points, unit, ticks }: { points: MetricPoint[]; unit: string; ticks?: number[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} accessibilityLayer={false} margin={{ top: 10, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" />
          <XAxis dataKey="short" interval="preserveStartEnd" tick={{ fill: '#334155', fontSize: 12 }} padding={{ left: 24, right: 24 }} />
          <YAxis domain={[0, ticks?.at(-1) ?? 'auto']} ticks={ticks} width={44} tick={{ fill: '#334155', fontSize: 12 }} allowDecimals />
          <Tooltip
            labelFormatter={(_, payload) => payload?.[0]?.payload?.label ?? ''}
            formatter={(value) => [typeof value === 'number' ? `${formatNumber(value)}${unit}` : '—', '']}
            separator=""
          />
          <Line type="linear" dataKey="value" stroke="#1a3f9c" strokeWidth={3} dot={{ r: 5, fill: '#1a3f9c' }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
