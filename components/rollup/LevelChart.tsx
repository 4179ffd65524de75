'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type LevelPoint = { label: string; before: number | null; after: number | null };

/**
 * Each territory's level before and after, side by side. Hidden from screen readers: the table
 * beside it carries the same levels. A missing diagnostic shows no bar.
 */
export function LevelChart({ points }: { points: LevelPoint[] }) {
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} accessibilityLayer={false} margin={{ top: 10, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" tick={{ fill: '#334155', fontSize: 12 }} />
          <YAxis width={32} domain={[0, 3]} ticks={[0, 1, 2, 3]} allowDecimals={false} tick={{ fill: '#334155', fontSize: 12 }} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? `Niveau ${value}` : '—')} />
          <Legend wrapperStyle={{ color: '#334155' }} />
          <Bar dataKey="before" name="Avant" fill="#94a3b8" isAnimationActive={false} />
          <Bar dataKey="after" name="Après" fill="#1a3f9c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
