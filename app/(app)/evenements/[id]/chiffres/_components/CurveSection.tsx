import { addCalendarDays, eachCalendarDay, formatCalendarDate } from '@/lib/domain/dates';
import type { RegistrationDeadlineStatus, RegistrationsOverTime } from '@/lib/domain/registrations';
import { RegistrationsChart, type CurvePoint } from './RegistrationsChart';
import { formatPercent, plural, pluralForm } from '@/lib/domain/format/french';

const short = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

const VERDICT: Record<RegistrationDeadlineStatus, string> = {
  met: 'Règle tenue : toutes les inscriptions étaient arrivées à J-10.',
  'not-met': 'Règle non tenue : des inscriptions sont arrivées après J-10.',
  'too-early': 'J-10 n’est pas encore passé : la règle se jugera ce jour-là.',
  'no-registrations': 'Aucune inscription pour le moment.',
};

/** The curve against « every registration in by J-10 », and the same figures as a table. */
/**
 * The curve stops today; before J-10 the axis runs on to J-10 (empty days) so that the distance
 * left to the deadline shows.
 */
function chartPoints(curve: RegistrationsOverTime): CurvePoint[] {
  const points: CurvePoint[] = curve.points.map((point) => ({ label: short(point.date), cumulative: point.cumulativeCount }));
  const last = curve.points.at(-1)?.date;
  if (last && last < curve.deadline.date) {
    for (const date of eachCalendarDay(addCalendarDays(last, 1), curve.deadline.date)) points.push({ label: short(date), cumulative: null });
  }
  return points;
}

export function CurveSection({ curve, firstDayLabel }: { curve: RegistrationsOverTime; firstDayLabel: string }) {
  const { deadline } = curve;
  const points = chartPoints(curve);
  const deadlineShown = points.some((point) => point.label === short(deadline.date));
  const rows = curve.points.filter((point) => point.newCount > 0);
  return (
    <section aria-labelledby="courbe" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h3 id="courbe" className="text-xl font-semibold">
        Inscriptions au fil du temps
      </h3>
      <p className="mb-1 text-slate-800">
        {plural(curve.total, { one: 'inscription faite', other: 'inscriptions faites' })} à l’avance, actives (confirmées ou en liste d’attente).
        J-10 tombe le {formatCalendarDate(deadline.date)} (premier jour : {firstDayLabel}) : {deadline.countByDeadline} inscription
        {deadline.countByDeadline > 1 ? 's' : ''} arrivée{deadline.countByDeadline > 1 ? 's' : ''} à cette date
        {deadline.sharePercent === null ? '' : ` (${formatPercent(deadline.sharePercent)})`}.
      </p>
      <p className="mb-3 font-semibold text-slate-900">{VERDICT[deadline.status]}</p>
      {points.length > 0 ? (
        <figure>
          <RegistrationsChart points={points} deadlineLabel={deadlineShown ? short(deadline.date) : null} />
          <figcaption className="text-sm text-slate-700">
            Inscriptions cumulées par jour{deadlineShown ? ', ligne pointillée à J-10' : ''}. Les mêmes chiffres figurent dans le tableau
            ci-dessous.
          </figcaption>
        </figure>
      ) : null}
      {rows.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-medium text-brand-700">Tableau des inscriptions jour par jour</summary>
          <table className="mt-2 w-full max-w-xl text-left">
            <caption className="sr-only">Inscriptions par jour et cumul</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">Jour</th>
                <th scope="col" className="py-1 pr-3">Nouvelles</th>
                <th scope="col" className="py-1 pr-3">Cumul</th>
                <th scope="col" className="py-1">Avant J-10</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((point) => (
                <tr key={point.date} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">{formatCalendarDate(point.date)}</th>
                  <td className="py-1 pr-3">{point.newCount}</td>
                  <td className="py-1 pr-3">{point.cumulativeCount}</td>
                  <td className="py-1">{point.date <= deadline.date ? 'oui' : 'non'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {curve.registeredAfterFirstDay > 0 ? (
            <p className="mt-2 text-sm text-slate-700">
              {plural(curve.registeredAfterFirstDay, { one: 'inscription datée', other: 'inscriptions datées' })} après le premier jour{' '}
              {pluralForm(curve.registeredAfterFirstDay, { one: 'est comptée', other: 'sont comptées' })} dans le total, hors courbe.
            </p>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
