'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type BarPoint = { label: string; value: number };

/**
 * Horizontal bars of one question's figures. Hidden from screen readers: the table that follows
 * it carries the same figures.
 */
export function BarsChart({ data, unit, labelWidth = 150 }: { data: BarPoint[]; unit: string; labelWidth?: number }) {
  const height = 40 + data.length * 40;
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#334155', fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fill: '#1e293b', fontSize: 13 }} />
          <Tooltip formatter={(value) => `${String(value)} ${unit}`} />
          <Bar dataKey="value" name={unit} fill="#1a3f9c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
