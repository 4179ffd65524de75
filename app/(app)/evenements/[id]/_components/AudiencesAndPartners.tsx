import type { EventOverview } from '@/lib/server/queries/event-record';
import { boxClass } from './RecordSummary';

const number = new Intl.NumberFormat('fr-FR');

/** Target audiences (with their number in the territory) and partners. */
export function AudiencesAndPartners({ event }: { event: EventOverview }) {
  return (
    <section aria-labelledby="audiences-title" className={boxClass}>
      <h2 id="audiences-title" className="mb-2 text-xl font-semibold">
        Publics et partenaires
      </h2>
      <h3 className="mb-1 font-semibold">Publics cibles</h3>
      {event.audiences.length === 0 ? (
        <p className="text-slate-700 italic">Aucun public cible renseigné.</p>
      ) : (
        <ul className="mb-3 flex flex-col gap-1">
          {event.audiences.map((audience) => (
            <li key={audience.category}>
              {audience.label}
              {audience.territoryTotal !== null ? (
                <span className="text-slate-700"> — {number.format(audience.territoryTotal)} sur le territoire</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-3 mb-1 font-semibold">Partenaires</h3>
      {event.partners.length === 0 ? (
        <p className="text-slate-700 italic">Aucun partenaire renseigné.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {event.partners.map((partner) => (
            <li key={partner.name}>
              {partner.url ? (
                <a href={partner.url} className="text-brand-700 underline underline-offset-4" rel="noreferrer" target="_blank">
                  {partner.name}
                </a>
              ) : (
                partner.name
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
