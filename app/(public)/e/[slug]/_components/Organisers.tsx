import { Mail, Phone } from 'lucide-react';
import type { PublicEvent } from '@/lib/domain/public';

const ROLE_LABELS = { host: 'Structure porteuse', co: 'Co-organisation' } as const;

/** Who runs the event: the host structure first, then the co-organisers; the public contact if the organisers gave one. */
export function Organisers({ organisers, contact }: { organisers: PublicEvent['organiserCards']; contact: PublicEvent['contact'] }) {
  return (
    <section aria-labelledby="organisateurs" className="flex flex-col gap-3 print:break-inside-avoid">
      <h2 id="organisateurs" className="text-2xl font-semibold">
        Organisateurs
      </h2>
      <ul className="flex flex-wrap gap-3">
        {organisers.map((organiser, index) => (
          <li key={`${index}-${organiser.name}`} className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 print:border-black">
            {organiser.logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- a small logo served by our own route
              <img src={organiser.logoUrl} alt="" width={48} height={48} className="h-12 w-12 object-contain" loading="lazy" />
            ) : null}
            <span className="flex flex-col gap-0.5">
              <span className="font-semibold">{organiser.name}</span>
              <span className="text-sm text-slate-700 print:text-black">{ROLE_LABELS[organiser.role]}</span>
            </span>
          </li>
        ))}
      </ul>
      {contact ? (
        <div className="flex flex-col gap-1">
          <p className="font-semibold">Une question ? Écrivez ou téléphonez à l’équipe organisatrice :</p>
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {contact.email ? (
              <li className="flex items-center gap-2">
                <Mail aria-hidden="true" className="h-4 w-4 text-slate-700" />
                <a href={`mailto:${contact.email}`} className="text-brand-700 underline underline-offset-4 print:text-black">
                  {contact.email}
                </a>
              </li>
            ) : null}
            {contact.phone ? (
              <li className="flex items-center gap-2">
                <Phone aria-hidden="true" className="h-4 w-4 text-slate-700" />
                <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} className="text-brand-700 underline underline-offset-4 print:text-black">
                  {contact.phone}
                </a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
