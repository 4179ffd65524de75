import { VENUE_CRITERIA } from '@/lib/schemas/event';
import type { EventOverview } from '@/lib/server/queries/event-record';
import { boxClass, missing, Row } from './RecordSummary';

/** The venue and the vademecum's checklist, each criterion ticked or not. */
export function VenueSection({ event }: { event: EventOverview }) {
  return (
    <section aria-labelledby="venue-title" className={boxClass}>
      <h2 id="venue-title" className="mb-2 text-xl font-semibold">
        Lieu
      </h2>
      <dl>
        <Row term="Nom">{event.venueName ?? missing}</Row>
        <Row term="Adresse">{event.venueAddress ?? missing}</Row>
      </dl>
      <h3 className="mt-3 mb-1 font-semibold">Le lieu idéal (vadémécum RéZolutions numériques)</h3>
      <ul className="flex flex-col gap-1">
        {VENUE_CRITERIA.map((criterion) => {
          const ok = event[criterion.key];
          return (
            <li key={criterion.key} className="flex gap-2">
              <span aria-hidden="true" className={`w-5 font-bold ${ok ? 'text-green-800' : 'text-red-800'}`}>
                {ok ? '✓' : '✗'}
              </span>
              <span>
                {criterion.label}
                <span className="sr-only">{ok ? ' : oui' : ' : non, ou pas encore vérifié'}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {event.venueNotes ? <p className="mt-3 whitespace-pre-line text-slate-800">{event.venueNotes}</p> : null}
    </section>
  );
}
