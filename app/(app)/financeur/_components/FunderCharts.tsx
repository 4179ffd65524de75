import { formatMoney, formatRate, formatRating } from '@/lib/domain/bilan/display';
import { formatCount } from '@/lib/domain/format/french';
import type { FunderTotals, MonthTotals } from '@/lib/domain/funders/rollup';
import { FigureChart } from './FigureChart';

type Figure = { key: string; title: string; unit: string; value: (t: FunderTotals) => number | null; text: (t: FunderTotals) => string };

const FIGURES: readonly Figure[] = [
  { key: 'participants', title: 'Participant·es présent·es', unit: '', value: (t) => t.participants, text: (t) => formatCount(t.participants) },
  { key: 'noShow', title: 'No-show (%)', unit: ' %', value: (t) => t.noShowRate, text: (t) => formatRate(t.noShowRate) },
  { key: 'audience', title: 'Part du public cible du territoire présent (%)', unit: ' %', value: (t) => t.audienceShare, text: (t) => formatRate(t.audienceShare) },
  { key: 'satisfaction', title: 'Satisfaction globale (sur 5)', unit: ' / 5', value: (t) => t.satisfaction.average, text: (t) => formatRating(t.satisfaction.average) },
  {
    key: 'cost',
    title: 'Coût par participant·e (€)',
    unit: ' €',
    value: (t) => (t.costPerParticipantCents === null ? null : t.costPerParticipantCents / 100),
    text: (t) => formatMoney(t.costPerParticipantCents),
  },
  { key: 'funderShare', title: 'Votre part des produits (%)', unit: ' %', value: (t) => t.funderSharePercent, text: (t) => formatRate(t.funderSharePercent) },
  { key: 'parity', title: 'Part de femmes parmi les intervenant·es (%)', unit: ' %', value: (t) => t.womenShare, text: (t) => formatRate(t.womenShare) },
];

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** One chart per figure, month by month, each with its data table (the chart itself is hidden from screen readers). */
export function FunderCharts({ months }: { months: MonthTotals[] }) {
  return (
    <section aria-labelledby="charts-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="charts-title" className="mb-1 text-2xl font-semibold">
        Mois par mois
      </h2>
      <p className="mb-4 text-slate-700">Chaque indicateur cumulé par mois de début des événements, avec les mêmes règles que les totaux.</p>
      <div className="grid gap-8 md:grid-cols-2">
        {FIGURES.map((figure) => (
          <figure key={figure.key} className="flex flex-col gap-2">
            <figcaption className="font-semibold">{figure.title}</figcaption>
            <FigureChart points={months.map((m) => ({ label: monthLabel(m.month), value: figure.value(m.totals) }))} unit={figure.unit} />
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{`${figure.title}, par mois`}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">Mois</th>
                  <th scope="col" className="py-1 pr-3 text-right">Bilans</th>
                  <th scope="col" className="py-1 text-right">{figure.title}</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month} className="border-b border-slate-200">
                    <th scope="row" className="py-1 pr-3 font-normal">{monthLabel(m.month)}</th>
                    <td className="py-1 pr-3 text-right">{formatCount(m.totals.events)}</td>
                    <td className="py-1 text-right">{figure.text(m.totals)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        ))}
      </div>
    </section>
  );
}
