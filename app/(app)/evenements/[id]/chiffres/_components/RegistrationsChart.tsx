'use client';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** `cumulative: null`: a day still to come, shown on the axis without a value. */
export type CurvePoint = { label: string; cumulative: number | null };

/**
 * Cumulated registrations per day, with the J-10 line. Hidden from screen readers: the table
 * beside it carries the same figures; without the accessibility layer nothing in it takes focus.
 */
export function RegistrationsChart({ points, deadlineLabel }: { points: CurvePoint[]; deadlineLabel: string | null }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} accessibilityLayer={false} margin={{ top: 24, right: 24, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" />
          <XAxis dataKey="label" interval="preserveStartEnd" tick={{ fill: '#334155', fontSize: 12 }} />
          <YAxis allowDecimals={false} width={40} tick={{ fill: '#334155' }} />
          <Tooltip formatter={(value) => [value, 'Inscriptions cumulées']} />
          {deadlineLabel ? (
            <ReferenceLine
              x={deadlineLabel}
              stroke="#b4420b"
              strokeWidth={2}
              strokeDasharray="6 4"
              label={{ value: 'J-10', position: 'top', fill: '#7c2d12', fontWeight: 700 }}
            />
          ) : null}
          <Line type="stepAfter" dataKey="cumulative" name="Inscriptions cumulées" stroke="#1a3f9c" strokeWidth={3} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
