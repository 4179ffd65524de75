'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/domain/format/french';

export type FigurePoint = { label: string; value: number | null };

/**
 * One figure month by month. Hidden from screen readers: the table beside it carries the same
 * figures. A month without the figure shows no bar.
 */
export function FigureChart({ points, unit }: { points: FigurePoint[]; unit: string }) {
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} accessibilityLayer={false} margin={{ top: 10, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" tick={{ fill: '#334155', fontSize: 12 }} />
          <YAxis width={52} tick={{ fill: '#334155', fontSize: 12 }} allowDecimals />
          <Tooltip formatter={(value) => [typeof value === 'number' ? `${formatNumber(value)}${unit}` : '—', '']} separator="" />
          <Bar dataKey="value" fill="#1a3f9c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
