'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuros, formatWholeEuros } from '@/lib/domain/format/french';

export type ChargesChartPoint = { label: string; forecast: number; actual: number };


/**
 * Forecast and actual charges per category, in cents. Hidden from screen readers: the table
 * beside it carries the same figures. Forecast bars are solid, actual bars hatched, so colour
 * is never the only cue.
 */
export function ChargesChart({ data }: { data: ChargesChartPoint[] }) {
  const height = 80 + data.length * 56;
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 24, bottom: 0, left: 8 }}>
          <defs>
            <pattern id="budget-actual-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="#b4420b" />
              <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(cents: number) => formatWholeEuros(cents)} tick={{ fill: '#334155', fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={190} tick={{ fill: '#1e293b', fontSize: 13 }} />
          <Tooltip formatter={(value) => formatEuros(Number(value))} />
          <Legend />
          <Bar dataKey="forecast" name="Prévisionnel" fill="#1a3f9c" isAnimationActive={false} />
          <Bar dataKey="actual" name="Réalisé" fill="url(#budget-actual-hatch)" stroke="#b4420b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
