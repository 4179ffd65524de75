import type { ComparedEvent } from '@/lib/domain/comparison/events';
import { formatDate } from '@/lib/domain/dates';
import { MetricChart, type MetricPoint } from './MetricChart';

const METRICS = [
  { key: 'participants', title: 'Participant·es présent·es', unit: '', ticks: undefined, value: (e: ComparedEvent) => e.participants },
  { key: 'noShow', title: 'No-show (%)', unit: ' %', ticks: [0, 25, 50, 75, 100], value: (e: ComparedEvent) => e.noShowPercent },
  { key: 'cost', title: 'Coût par participant·e (€)', unit: ' €', ticks: undefined, value: (e: ComparedEvent) => (e.costPerParticipantCents === null ? null : e.costPerParticipantCents / 100) },
  { key: 'satisfaction', title: 'Satisfaction (sur 5)', unit: ' / 5', ticks: [0, 1, 2, 3, 4, 5], value: (e: ComparedEvent) => e.satisfaction },
] as const;

/** One small chart per figure, events in time order; the table above holds the same figures. */
export function ComparisonCharts({ events }: { events: ComparedEvent[] }) {
  return (
    <section aria-labelledby="comparison-charts-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="comparison-charts-title" className="mb-1 text-2xl font-semibold">
        Dans le temps
      </h2>
      <p className="mb-4 text-slate-700">Les mêmes chiffres que le tableau, un graphique par indicateur ; un point manque quand le chiffre n’existe pas encore.</p>
      <div className="grid gap-6 md:grid-cols-2">
        {METRICS.map((metric) => {
          const points: MetricPoint[] = events.map((event) => ({ label: `${formatDate(event.startsAt)} — ${event.title}`, short: formatDate(event.startsAt), value: metric.value(event) }));
          return (
            <figure key={metric.key} className="flex flex-col gap-2">
              <figcaption className="font-semibold">{metric.title}</figcaption>
              <MetricChart points={points} unit={metric.unit} ticks={metric.ticks ? [...metric.ticks] : undefined} />
            </figure>
          );
        })}
      </div>
    </section>
  );
}
