import { NO_SHOW_THRESHOLD_PERCENT, type DayAttendance } from '@/lib/domain/registrations';
import { formatPercent } from '@/lib/domain/format/french';
import { formatWeekday } from '@/lib/domain/dates';

/** Presence and no-show per day, against the webinar's 20 % threshold. */
export function DaysTable({ days }: { days: DayAttendance[] }) {
  return (
    <section aria-labelledby="presences" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h3 id="presences" className="mb-1 text-xl font-semibold">
        Présences et no-show par jour
      </h3>
      <p className="mb-3 max-w-prose text-slate-800">
        No-show : personnes attendues (inscription confirmée) absentes ou non pointées. Les excusé·es ne comptent pas. Objectif : moins de{' '}
        {formatPercent(NO_SHOW_THRESHOLD_PERCENT)}.
      </p>
      <div role="region" aria-label="Présences par jour (tableau)" tabIndex={0} className="relative overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">Présences et no-show par jour</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">Jour</th>
              <th scope="col" className="py-2 pr-3">Attendu·es</th>
              <th scope="col" className="py-2 pr-3">Présent·es</th>
              <th scope="col" className="py-2 pr-3">dont sur place</th>
              <th scope="col" className="py-2 pr-3">Excusé·es</th>
              <th scope="col" className="py-2 pr-3">No-show</th>
              <th scope="col" className="py-2 pr-3">Taux</th>
              <th scope="col" className="py-2">Seuil de {formatPercent(NO_SHOW_THRESHOLD_PERCENT)}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium">{formatWeekday(day.day)}</th>
                <td className="py-2 pr-3">{day.expected}</td>
                <td className="py-2 pr-3">{day.present}</td>
                <td className="py-2 pr-3">{day.walkIns}</td>
                <td className="py-2 pr-3">{day.excused}</td>
                <td className="py-2 pr-3">
                  {day.noShow}
                  {day.unmarked > 0 ? <span className="block text-sm text-slate-700">dont {day.unmarked} non pointé·es</span> : null}
                </td>
                <td className="py-2 pr-3">{formatPercent(day.noShowPercent)}</td>
                <td className="py-2">
                  {day.noShowStatus === 'ok' ? (
                    <span className="font-semibold text-green-800">✓ Sous le seuil</span>
                  ) : day.noShowStatus === 'over' ? (
                    <span className="font-semibold text-red-800">✗ Au-dessus</span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
