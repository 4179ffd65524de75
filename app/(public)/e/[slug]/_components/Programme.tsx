import { groupByDay, groupByStart, type PublicEvent } from '@/lib/domain/public';
import { formatDay, formatHour, formatHourRange } from '@/lib/domain/dates';
import { SessionCard } from './SessionCard';

/** The programme day by day; sessions starting together (parallel rooms) share a time slot. */
export function Programme({ event }: { event: PublicEvent }) {
  const days = groupByDay(event);
  if (event.sessions.length === 0) {
    return <p className="text-slate-800">Le programme détaillé sera publié prochainement.</p>;
  }
  return (
    <div className="flex flex-col gap-6">
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`jour-${day.date}`} className="flex flex-col gap-3">
          <h3 id={`jour-${day.date}`} className="border-b-2 border-brand-600 pb-1 text-xl font-semibold first-letter:uppercase print:border-black">
            {formatDay(day.date)}
            {day.opensAt && day.closesAt ? (
              <span className="font-normal text-slate-700 print:text-black"> · {formatHourRange({ startsAt: day.opensAt, endsAt: day.closesAt })}</span>
            ) : null}
          </h3>
          {day.sessions.length === 0 ? (
            <p className="text-slate-800">Programme de cette journée à venir.</p>
          ) : (
            <ol className="flex flex-col gap-4">
              {groupByStart(day.sessions).map((slot) => (
                <li key={slot.startsAt.toISOString()} className="flex flex-col gap-2 sm:grid sm:grid-cols-[4.5rem_1fr] sm:gap-4">
                  <p className="pt-1 text-lg font-bold text-brand-800 tabular-nums print:text-black">
                    <time dateTime={slot.startsAt.toISOString()}>{formatHour(slot.startsAt)}</time>
                  </p>
                  <ul className={`grid gap-3 ${slot.sessions.length > 1 ? 'md:grid-cols-2' : ''}`}>
                    {slot.sessions.map((session) => (
                      <SessionCard key={session.id} slug={event.slug} session={session} />
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
