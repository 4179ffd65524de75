'use client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type HistoryPoint = { label: string; level: number; ecosystem: number; events: number; engagement: number };

// Colour is never the only cue: each answer line has its own dash pattern and marker.
const SERIES = [
  { key: 'level', name: 'Niveau retenu', color: '#1a3f9c', width: 4, dash: undefined },
  { key: 'ecosystem', name: 'Écosystème', color: '#b4420b', width: 2, dash: '8 4' },
  { key: 'events', name: 'Événements', color: '#047857', width: 2, dash: '2 3' },
  { key: 'engagement', name: 'Engagement des décideurs', color: '#7c3aed', width: 2, dash: '12 3 2 3' },
] as const;

/**
 * Level and answers (1 to 3) over time, oldest on the left. Hidden from screen readers: the table
 * beside it carries the same figures; without the accessibility layer nothing in it takes focus.
 */
export function HistoryChart({ points }: { points: HistoryPoint[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} accessibilityLayer={false} margin={{ top: 10, right: 24, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" />
          <XAxis dataKey="label" interval="preserveStartEnd" tick={{ fill: '#334155', fontSize: 12 }} padding={{ left: 40, right: 40 }} />
          <YAxis domain={[1, 3]} ticks={[1, 2, 3]} allowDecimals={false} width={32} tick={{ fill: '#334155' }} />
          <Tooltip />
          <Legend itemSorter={(item) => SERIES.findIndex((s) => s.key === item.dataKey)} />
          {SERIES.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              strokeWidth={s.width}
              strokeDasharray={s.dash}
              dot={{ r: s.key === 'level' ? 6 : 4, fill: s.color }}
              legendType="plainline"
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
