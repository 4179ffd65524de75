import type { ReactNode } from 'react';
import Link from 'next/link';
import { formatDateRange, formatDay, formatHourRange } from '@/lib/domain/dates';
import {
  acceptsRegistrations,
  eventCalendarPath,
  registrationNotice,
  seatAvailabilityLabel,
  venueChecklist,
  venueMapUrl,
  VISIO_NOTICE,
  type PublicEvent,
} from '@/lib/domain/public';
import { EVENT_MODE_PUBLIC_LABELS, isRemote } from '@/lib/domain/events/mode';
import { isEventOver } from '@/lib/domain/events/past';

/** Dates, mode, venue and its accessibility, and the registration call to action. */
export function EventFacts({ event, mailSent }: { event: PublicEvent; mailSent: boolean }) {
  const onSite = event.mode !== 'DISTANCIEL';
  // The page is cached for at most a minute (ISR): the form link goes within a minute of the end.
  const over = isEventOver(event, new Date());
  const open = acceptsRegistrations(event.status, event.registrationOpen, over);
  const seats = open ? seatAvailabilityLabel(event.seats) : null;
  const mapUrl = onSite ? venueMapUrl(event.venue) : null;
  return (
    <div className="grid gap-4 md:grid-cols-3 print:block">
      <section
        aria-labelledby="infos-pratiques"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:col-span-2 print:border-0 print:p-0 print:shadow-none"
      >
        <h2 id="infos-pratiques" className="text-2xl font-semibold">
          Informations pratiques
        </h2>
        <dl className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          <Fact term="Dates">
            {event.days.length > 0 ? (
              <ul>
                {event.days.map((day) => (
                  <li key={day.date} className="first-letter:uppercase">
                    {formatDay(day.date)}, {formatHourRange(day)}
                  </li>
                ))}
              </ul>
            ) : (
              formatDateRange(event.startsAt, event.endsAt)
            )}
          </Fact>
          <Fact term="Participation">
            {EVENT_MODE_PUBLIC_LABELS[event.mode]}
            {isRemote(event.mode) ? <span className="block text-slate-700 print:text-black">{VISIO_NOTICE}</span> : null}
          </Fact>
          {onSite ? (
            <Fact term="Lieu">
              {event.venue.name || event.venue.address ? (
                <address className="not-italic">
                  {event.venue.name ? <span className="block font-semibold">{event.venue.name}</span> : null}
                  {event.venue.address ? <span className="block whitespace-pre-line">{event.venue.address}</span> : null}
                  {mapUrl ? (
                    <a href={mapUrl} className="no-print mt-1 inline-block text-brand-700 underline underline-offset-4" rel="noopener noreferrer">
                      Voir le lieu sur OpenStreetMap
                    </a>
                  ) : null}
                </address>
              ) : (
                'Lieu communiqué prochainement.'
              )}
            </Fact>
          ) : null}
          {onSite ? (
            <Fact term="Accès et équipements">
              <ul className="flex flex-col gap-1">
                {venueChecklist(event.venue).map((item) => (
                  <li key={item} className="flex gap-2">
                    <span aria-hidden="true">{item.endsWith('non confirmée') ? '?' : '✓'}</span>
                    {item}
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
        </dl>
      </section>

      <section
        aria-labelledby="inscription"
        className="order-first flex flex-col gap-3 self-start rounded-lg border-2 border-brand-600 bg-brand-50 p-4 md:order-none print:mt-4 print:border-black print:bg-white"
      >
        <h2 id="inscription" className="text-2xl font-semibold">
          Inscription
        </h2>
        {seats ? <p className="text-lg font-semibold text-slate-900">{seats}</p> : null}
        <p className="text-slate-900">{registrationNotice(event.status, event.registrationOpen, mailSent, over)}</p>
        {open ? (
          <Link
            href={`/e/${event.slug}/inscription`}
            className="no-print self-start rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {event.seats.kind === 'full' ? 'M’inscrire sur la liste d’attente' : 'S’inscrire'}
          </Link>
        ) : null}
        <a href={eventCalendarPath(event.slug)} className="no-print self-start text-brand-700 underline underline-offset-4" download>
          Ajouter à mon agenda (.ics)
        </a>
      </section>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-800 print:text-black">{term}</dt>
      <dd className="text-slate-900 print:text-black">{children}</dd>
    </>
  );
}
