import { formatDayTitle } from '@/lib/domain/dates';

/**
 * Badges (PDF on Avery L7163 labels: 2 × 7, 99,1 × 38,1 mm) of the confirmed registrations, all
 * days or one day. A plain GET form: it works without JavaScript and downloads the file.
 */
export function BadgesForm({ eventId, days, idPrefix = 'badges' }: { eventId: string; days: readonly string[]; idPrefix?: string }) {
  return (
    <form method="get" action={`/evenements/${eventId}/badges.pdf`} className="flex flex-wrap items-end gap-2">
      {days.length > 1 ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-jour`} className="font-medium">
            Badges de
          </label>
          <select id={`${idPrefix}-jour`} name="jour" defaultValue="" className="rounded-md border border-slate-400 px-3 py-2">
            <option value="">tous les jours</option>
            {days.map((day) => (
              <option key={day} value={day}>
                {formatDayTitle(day)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
        Imprimer les badges (PDF)
      </button>
    </form>
  );
}
