import Link from 'next/link';
import { formatCount, formatMoney, formatRate, formatRating } from '@/lib/domain/bilan/display';
import type { ComparedEvent } from '@/lib/domain/comparison/events';
import { formatDate } from '@/lib/domain/dates';

/** The figures of every event, one row each; « — » where a figure cannot be computed yet. */
export function ComparisonTable({ events }: { events: ComparedEvent[] }) {
  return (
    <section aria-labelledby="comparison-table-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="comparison-table-title" className="mb-3 text-2xl font-semibold">
        Événement par événement
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="pb-2 text-left text-slate-700">
            Chiffres de chaque événement, du plus ancien au plus récent. « — » : pas encore de pointage, de dépenses réalisées ou de réponses.
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">Événement</th>
              <th scope="col" className="py-2 pr-3">Date</th>
              <th scope="col" className="py-2 pr-3 text-right">Participant·es</th>
              <th scope="col" className="py-2 pr-3 text-right">No-show</th>
              <th scope="col" className="py-2 pr-3 text-right">Coût par participant·e</th>
              <th scope="col" className="py-2 text-right">Satisfaction</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium">
                  <Link href={`/evenements/${event.id}`} className="text-brand-700 underline underline-offset-4">
                    {event.title}
                  </Link>
                </th>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDate(event.startsAt)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{event.participants === null ? '—' : formatCount(event.participants)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{formatRate(event.noShowPercent)}</td>
                <td className="py-2 pr-3 text-right tabular-nums whitespace-nowrap">{formatMoney(event.costPerParticipantCents)}</td>
                <td className="py-2 text-right tabular-nums whitespace-nowrap">{formatRating(event.satisfaction)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
