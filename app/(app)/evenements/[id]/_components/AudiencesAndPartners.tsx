import type { LogoRefusal } from '@/lib/domain/files/image-type';
import { partnerLogoPath, PUBLIC_EVENT_STATUSES } from '@/lib/domain/public';
import type { EventOverview } from '@/lib/server/queries/event-record';
import { PartnerLogoForm } from './PartnerLogoForm';
import { boxClass } from './RecordSummary';
import { formatCount } from '@/lib/domain/format/french';


type LogoRefusalNotice = { partnerId: string; reason: LogoRefusal } | null;

/** Target audiences (with their number in the territory) and partners, with their logo. */
export function AudiencesAndPartners({ event, logoRefusal = null }: { event: EventOverview; logoRefusal?: LogoRefusalNotice }) {
  // Logos are served by the public route only, so they show once the event is public.
  const isPublic = (PUBLIC_EVENT_STATUSES as readonly string[]).includes(event.status);
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
                <span className="text-slate-700"> — {formatCount(audience.territoryTotal)} sur le territoire</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3 id="partenaires" className="mt-3 mb-1 font-semibold">
        Partenaires
      </h3>
      {event.partners.length === 0 ? (
        <p className="text-slate-700 italic">Aucun partenaire renseigné.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {event.partners.map((partner) => (
            <li key={partner.id}>
              {partner.logoType && isPublic ? (
                // eslint-disable-next-line @next/next/no-img-element -- a small logo served by our own route
                <img src={partnerLogoPath(event.slug, partner.id)} alt={partner.name} className="mb-1 block h-12 w-auto max-w-40 object-contain" />
              ) : null}
              {partner.url ? (
                <a href={partner.url} className="text-brand-700 underline underline-offset-4" rel="noreferrer" target="_blank">
                  {partner.name}
                </a>
              ) : (
                partner.name
              )}
              {partner.logoType && !isPublic ? <p className="text-sm text-slate-700">Logo enregistré : il s’affichera une fois l’événement publié.</p> : null}
              {event.canEdit ? (
                <PartnerLogoForm eventId={event.id} partner={partner} refusal={logoRefusal?.partnerId === partner.id ? logoRefusal.reason : null} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
